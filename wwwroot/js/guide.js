// Row guide: a horizontal line over the scan that the volunteer drags to keep their place
// between ledger rows (hand-ruled rows drift across a page). It is pinned to the image, not the
// screen, so it stays on its row while the scan is zoomed or panned. Its place is kept per page.

import { clamp, el, store } from './dom.js';

const OSD = globalThis.OpenSeadragon;
const STORE = 'transcribe.guide.';

/**
 * @param viewerElement the [data-viewer] element, once its transcribeViewer API exists
 * @param pageKey       where the guide's place is remembered (e.g. the page id)
 * @returns {{ move(steps: number): void, toggle(): void }}
 */
export function initGuide(viewerElement, pageKey) {
    const api = viewerElement.transcribeViewer;
    if (!api || !OSD) return null;
    const viewer = api.viewer;
    const saved = store.get(STORE + pageKey) || {};
    // y is in viewport units: 0 is the top of the image, the image's height/width ratio its bottom.
    let y = Number.isFinite(saved.y) ? saved.y : null;
    let visible = saved.visible !== false;

    const handle = el('div', {
        className: 'guide-handle', role: 'slider', tabindex: '0', 'aria-label': 'Row guide line',
        'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-orientation': 'vertical',
        title: 'Drag to keep your place between rows (or Alt+↑/↓ while typing)',
    }, [el('span', { 'aria-hidden': 'true', text: '≡' })]);
    const line = el('div', { className: 'guide-line', 'aria-hidden': 'true' });
    const guide = el('div', { className: 'guide' }, [line, handle]);
    const toggleButton = el('button', {
        type: 'button', className: 'guide-toggle', 'aria-pressed': String(visible),
        text: 'Guide line', title: 'Show or hide the row guide (Alt+Shift+G)',
        onclick: () => toggle(),
    });
    // The stage (OpenSeadragon's own element), so pixel positions match the scan's, below the toolbar.
    const host = viewer.element;
    host.append(guide, toggleButton);

    function imageBottom() {
        const item = viewer.world.getItemAt(0);
        if (!item) return 1;
        const size = item.getContentSize();
        return size.x > 0 ? size.y / size.x : 1;
    }

    function place() {
        guide.hidden = !visible;
        toggleButton.setAttribute('aria-pressed', String(visible));
        if (!visible || !viewer.world.getItemAt(0)) return;
        if (y === null) y = imageBottom() * 0.2;
        const center = viewer.viewport.getCenter(true);
        const pixel = viewer.viewport.pixelFromPoint(new OSD.Point(center.x, y), true);
        const height = host.clientHeight;
        guide.style.transform = `translateY(${clamp(pixel.y, -4, height + 4)}px)`;
        guide.classList.toggle('is-offscreen', pixel.y < 0 || pixel.y > height);
        const percent = Math.round(clamp(y / imageBottom(), 0, 1) * 100);
        handle.setAttribute('aria-valuenow', String(percent));
        handle.setAttribute('aria-valuetext', `${percent}% down the page`);
    }

    function setFromPixel(pixelY) {
        const point = viewer.viewport.pointFromPixel(new OSD.Point(0, pixelY), true);
        y = clamp(point.y, 0, imageBottom());
        place();
    }

    function remember() { store.set(STORE + pageKey, { y, visible }); }

    /** Moves the line by steps of a typical ledger row (about a fortieth of the visible scan). */
    function move(steps) {
        if (!visible) { visible = true; }
        const bounds = viewer.viewport.getBounds(true);
        y = clamp((y ?? imageBottom() * 0.2) + steps * bounds.height / 40, 0, imageBottom());
        place();
        remember();
    }

    function toggle() {
        visible = !visible;
        place();
        remember();
    }

    handle.addEventListener('pointerdown', event => {
        event.preventDefault();
        event.stopPropagation();
        handle.setPointerCapture(event.pointerId);
        guide.classList.add('is-dragging');
        const top = host.getBoundingClientRect().top;
        const onMove = e => setFromPixel(e.clientY - top);
        const onUp = () => {
            guide.classList.remove('is-dragging');
            handle.removeEventListener('pointermove', onMove);
            handle.removeEventListener('pointerup', onUp);
            handle.removeEventListener('pointercancel', onUp);
            remember();
        };
        handle.addEventListener('pointermove', onMove);
        handle.addEventListener('pointerup', onUp);
        handle.addEventListener('pointercancel', onUp);
    });
    handle.addEventListener('keydown', event => {
        const steps = { ArrowUp: -1, ArrowDown: 1, PageUp: -5, PageDown: 5 }[event.key];
        if (steps === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        move(event.shiftKey ? steps / 4 : steps);
    });

    for (const name of ['animation', 'update-viewport', 'resize', 'open', 'rotate']) viewer.addHandler(name, place);
    place();
    return { move, toggle };
}
