// Split view: [data-split] holds two panes and a [data-split-handle] between them. The handle
// drags (mouse, pen, touch) and moves with the arrow keys; the ratio is kept in localStorage.

import { clamp, nextId, numberOr, store } from './dom.js';

const SPLIT_KEY = 'transcribe.split.';

export function initSplit(split) {
    if (split.transcribeSplit) return split.transcribeSplit;
    const handle = split.querySelector(':scope > [data-split-handle]');
    if (!handle) return null;
    const min = numberOr(split.dataset.splitMin, 25);
    const max = numberOr(split.dataset.splitMax, 75);
    const initial = numberOr(split.dataset.splitDefault, 58);
    const storeKey = SPLIT_KEY + (split.dataset.splitKey || 'default');
    const firstPane = handle.previousElementSibling;
    const names = [handle.dataset.firstLabel || 'scan', handle.dataset.secondLabel || 'form'];

    // Accept minimal markup: fill in whatever the separator role needs.
    if (firstPane && !firstPane.id) firstPane.id = nextId('split-pane');
    const defaults = {
        role: 'separator', tabindex: '0', 'aria-orientation': 'vertical',
        'aria-label': 'Resize the scan and the form', 'aria-controls': firstPane?.id,
        'aria-valuemin': String(min), 'aria-valuemax': String(max),
    };
    for (const [key, value] of Object.entries(defaults)) if (value && !handle.hasAttribute(key)) handle.setAttribute(key, value);
    if (!handle.title) handle.title = 'Drag, or use the arrow keys, to resize. Double-click to reset.';

    let ratio = clamp(numberOr(store.get(storeKey), initial), min, max);
    let frame = 0;

    function apply(next, persist = false) {
        ratio = clamp(next, min, max);
        split.style.setProperty('--split-ratio', `${ratio}%`);
        const rounded = Math.round(ratio);
        handle.setAttribute('aria-valuenow', String(rounded));
        handle.setAttribute('aria-valuetext', `${names[0]} ${rounded}%, ${names[1]} ${100 - rounded}%`);
        if (persist) store.set(storeKey, Math.round(ratio * 10) / 10);
        // ResizeObserver in OpenSeadragon would catch this too; asking once per frame keeps
        // the scan in step with the handle instead of a frame behind.
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
            for (const node of split.querySelectorAll('[data-viewer]')) node.transcribeViewer?.viewer.forceResize();
            split.dispatchEvent(new CustomEvent('split:resize', { bubbles: true, detail: { ratio } }));
        });
    }

    function ratioAt(clientX) {
        const box = split.getBoundingClientRect();
        return ((clientX - box.left) / box.width) * 100;
    }

    handle.addEventListener('pointerdown', event => {
        if (event.button !== 0) return;
        // No preventDefault: the click still focuses the handle (arrow keys work next), and
        // without a focus ring, since it came from a pointer.
        handle.setPointerCapture(event.pointerId);
        split.classList.add('is-resizing');
    });
    handle.addEventListener('pointermove', event => {
        if (handle.hasPointerCapture(event.pointerId)) apply(ratioAt(event.clientX));
    });
    const endDrag = () => {
        if (!split.classList.contains('is-resizing')) return;
        split.classList.remove('is-resizing');
        apply(ratio, true);
    };
    handle.addEventListener('pointerup', endDrag);
    handle.addEventListener('pointercancel', endDrag);
    handle.addEventListener('lostpointercapture', endDrag);
    handle.addEventListener('dblclick', () => apply(initial, true));

    handle.addEventListener('keydown', event => {
        const step = event.shiftKey ? 10 : 2;
        const moves = {
            ArrowLeft: ratio - step, ArrowDown: ratio - step,
            ArrowRight: ratio + step, ArrowUp: ratio + step,
            PageDown: ratio - 10, PageUp: ratio + 10,
            Home: min, End: max, Enter: initial,
        };
        if (!(event.key in moves)) return;
        event.preventDefault();
        apply(moves[event.key], true);
    });

    apply(ratio);
    const api = { get ratio() { return ratio; }, setRatio: value => apply(value, true) };
    split.transcribeSplit = api;
    return api;
}
