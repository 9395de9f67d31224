// Scan viewer (the split view beside it is split.js).
//
// Viewer: every [data-viewer][data-info-url] element becomes an OpenSeadragon viewer over a
// IIIF Image API 3 (level 0) info.json, with our own toolbar (zoom, fit, actual size, rotate,
// brightness/contrast, overview, keys help, full screen). OpenSeadragon must be loaded first as
// a classic script: <script src="/lib/openseadragon-6.1.1/openseadragon.min.js"></script>.
//   element.transcribeViewer  the API (see makeApi)
//   viewer:ready              CustomEvent on the element when the first tile is on screen
//   viewer:error              CustomEvent when info.json or tiles fail (detail.kind, detail.message)
//
// CSP: script-src/style-src 'self'. Nothing here writes inline <style> or style attributes in
// markup; element.style (CSSOM) is allowed.

import { clamp, el, icon, iconButton, nextId, numberOr, preventInlineStyleInjection, store } from './dom.js';
import { initSplit } from './split.js';

export { initSplit };

const OSD = globalThis.OpenSeadragon;
const FILTER_KEY = 'transcribe.viewer.filter';
const OVERVIEW_KEY = 'transcribe.viewer.overview';
const ZOOM_STEP = 1.6;
const FILTER_LIMITS = { brightness: [50, 250], contrast: [50, 300] };

// ---------------------------------------------------------------- viewer

// Shown in the Keys panel; each space-separated token is drawn as a key.
const KEY_HELP = [
    ['← ↑ → ↓', 'Move around the page (or W A S D)'],
    ['+ −', 'Zoom in, zoom out'],
    ['0', 'Fit the whole page'],
    ['R', 'Rotate right'],
    ['Shift R', 'Rotate left'],
    ['F', 'Full screen'],
    ['Esc', 'Leave full screen'],
];

export function initViewer(element) {
    if (element.transcribeViewer) return element.transcribeViewer;
    const infoUrl = element.dataset.infoUrl;
    const label = element.dataset.label || element.getAttribute('aria-label') || 'Ledger page scan';
    // An aria-label on a plain div names nothing; as a region it becomes a landmark.
    if (element.hasAttribute('aria-label') && !element.hasAttribute('role')) element.setAttribute('role', 'region');

    if (!OSD) {
        showFatal(element, 'The image viewer could not start. Please reload the page.');
        element.dispatchEvent(new CustomEvent('viewer:error', { bubbles: true, detail: { kind: 'script', message: 'OpenSeadragon is not loaded' } }));
        return null;
    }
    preventInlineStyleInjection();

    const ids = { stage: nextId('viewer-osd'), keys: nextId('viewer-keys') };
    const parts = buildChrome(element, ids, label);
    const filter = { ...defaultFilter(), ...sanitizeFilter(store.get(FILTER_KEY)) };
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

    const viewer = OSD({
        element: parts.stage,
        tileSources: infoUrl,
        crossOriginPolicy: isSameOrigin(infoUrl) ? false : 'Anonymous',
        prefixUrl: '/lib/openseadragon-6.1.1/images/',
        showNavigationControl: false,            // our own toolbar instead
        showNavigator: true,
        navigatorPosition: 'BOTTOM_RIGHT',
        navigatorSizeRatio: 0.16,
        navigatorMaintainSizeRatio: true,
        navigatorAutoFade: false,                 // the Overview button shows and hides it
        navigatorBackground: '#1a1d22',
        navigatorBorderColor: '#4a505a',
        navigatorDisplayRegionColor: '#e0a526',
        navigatorOpacity: 0.92,
        // Sharp at any zoom: a 4x over-zoom lets faint pencil be read pixel by pixel; smoothing
        // stays on because nearest-neighbour makes strokes shimmer between tile levels, and
        // switching it later makes the WebGL drawer re-upload every texture.
        maxZoomPixelRatio: 4,
        minZoomImageRatio: 0.5,
        imageSmoothingEnabled: true,
        visibilityRatio: 0.5,
        viewportMargins: { left: 14, top: 14, right: 14, bottom: 14 },   // the page edge stays visible
        constrainDuringPan: true,
        // Keep the text size when the pane is resized; a fitted page is refitted (see 'resize').
        preserveImageSizeOnResize: true,
        animationTime: reducedMotion ? 0.2 : 1.0,
        // Ask for at most a few tiles at a time so the ones in view win on a slow link, and
        // retry a failed tile before calling it broken.
        imageLoaderLimit: 6,
        tileRetryMax: 2,
        tileRetryDelay: 1500,
        // Decoded 512px tiles are ~1 MB each; 150 covers several screens of panning back and
        // forth without holding hundreds of MB on a modest laptop.
        maxImageCacheCount: 150,
        // A click focuses the scan (for the keys); zooming on it moved the page away.
        gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
        gestureSettingsPen: { clickToZoom: false, dblClickToZoom: true },
    });
    viewer.canvas.setAttribute('role', 'application');
    viewer.canvas.setAttribute('aria-roledescription', 'zoomable scan');
    viewer.canvas.setAttribute('aria-label', `${label}. Arrow keys move, plus and minus zoom, 0 fits the page, R rotates, F is full screen.`);

    const state = { fitted: true, ready: false, tileErrorShown: false, url: infoUrl };

    // ---- readiness and errors
    function onTileLoaded(event) {
        if (state.ready) return;
        // The tile is drawn on the first frame after its data is fully processed.
        event.promise?.then(() => {
            if (state.ready) return;
            viewer.addOnceHandler('update-viewport', () => {
                if (state.ready) return;
                state.ready = true;
                parts.setStatus(null);
                dispatch('viewer:ready', { viewer, infoUrl: state.url });
            });
            viewer.forceRedraw();
        });
    }
    viewer.addHandler('tile-loaded', onTileLoaded);
    viewer.addHandler('open', () => {
        applyFilter();
        applyOverview();
        updateZoomLabel();
    });
    viewer.addHandler('open-failed', event => {
        parts.setStatus('error', {
            title: 'The scan could not be loaded',
            message: 'The page image is not available right now. Check your connection and try again; your typed work is not affected.',
            retry: () => api.open(state.url),
        });
        dispatch('viewer:error', { kind: 'open', message: event.message || 'Unable to open the image', infoUrl: state.url });
    });
    viewer.addHandler('tile-load-failed', event => {
        if (!event.maxReached || state.tileErrorShown) return;
        state.tileErrorShown = true;
        if (state.ready) {
            parts.setNotice('Part of the scan did not load.', () => {
                state.tileErrorShown = false;
                viewer.world.resetItems();
            });
        } else {
            parts.setStatus('error', {
                title: 'The scan could not be loaded',
                message: 'Parts of the page image failed to download. Check your connection and try again.',
                retry: () => api.open(state.url),
            });
        }
        dispatch('viewer:error', { kind: 'tile', message: event.message || 'A tile failed to load', infoUrl: state.url });
    });

    // ---- fit, zoom, rotate
    function fit(immediately = false) {
        // fitBounds (unlike goHome) accounts for rotation, so a turned page still fits.
        viewer.viewport.fitBounds(viewer.world.getHomeBounds(), immediately);
    }
    // Whether the view (its target, not the animation) shows the whole page as fit() would.
    function isFitted() {
        const viewport = viewer.viewport;
        const home = viewer.world.getHomeBounds();
        const box = new OSD.Rect(home.x, home.y, home.width, home.height, viewport.getRotation()).getBoundingBox();
        const aspect = viewport.getAspectRatio();
        const width = box.getAspectRatio() >= aspect ? box.width : box.height * aspect;
        return Math.abs(viewport.getZoom() * width - 1) < 0.02
            && viewport.getCenter().distanceTo(home.getCenter()) < 0.02 * width;
    }
    function zoomBy(factor) {
        viewer.viewport.zoomBy(factor);
        viewer.viewport.applyConstraints();
    }
    function actualSize() {
        viewer.viewport.zoomTo(viewer.viewport.imageToViewportZoom(1));
        viewer.viewport.applyConstraints();
    }
    function rotate(degrees) {
        const wasFitted = isFitted();
        viewer.viewport.rotateBy(degrees);
        if (wasFitted) fit();
        else viewer.viewport.applyConstraints();
    }
    // A resized pane keeps the reader's text size (preserveImageSizeOnResize), but a page that
    // was fitted is fitted again. 'resize' fires after the container changed and before
    // OpenSeadragon restores centre and scale, so the state is taken every frame before it
    // and the refit runs after it.
    viewer.addHandler('viewport-change', () => { if (viewer.world.getItemCount()) state.fitted = isFitted(); });
    viewer.addHandler('resize', () => {
        if (!state.fitted || !viewer.world.getItemCount()) return;
        queueMicrotask(() => { fit(true); state.fitted = true; });
    });

    // OpenSeadragon's keys, except: F is full screen (not mirror-flip, which only confuses
    // readers), and 0/R go through fit/rotate so a rotated page still fits.
    viewer.addHandler('canvas-key', event => {
        const key = event.originalEvent;
        if (key.ctrlKey || key.altKey || key.metaKey) return;
        if (key.code === 'KeyF') { event.preventDefaultAction = true; toggleFullScreen(); }
        else if (key.code === 'Digit0' || key.code === 'Numpad0') { event.preventDefaultAction = true; fit(); }
        else if (key.code === 'KeyR') { event.preventDefaultAction = true; rotate(key.shiftKey ? -90 : 90); }
    });

    // ---- zoom readout ("actual size" button shows the current scale)
    let lastZoomText = '';
    function updateZoomLabel() {
        if (!viewer.world.getItemCount()) return;
        const percent = Math.round(viewer.viewport.viewportToImageZoom(viewer.viewport.getZoom(true)) * 100);
        const text = `${percent}%`;
        if (text === lastZoomText) return;
        lastZoomText = text;
        parts.zoomLabel.textContent = text;
        parts.actualSize.setAttribute('aria-label', `${text}: show actual size (100%)`);
    }
    viewer.addHandler('viewport-change', updateZoomLabel);

    // ---- brightness / contrast
    function applyFilter() {
        const canvas = viewer.drawer?.canvas;
        const identity = filter.brightness === 100 && filter.contrast === 100;
        // No filter at all when neutral: a filtered canvas costs a compositing pass per frame.
        if (canvas) canvas.style.filter = identity ? '' : `brightness(${filter.brightness}%) contrast(${filter.contrast}%)`;
        parts.brightness.input.value = filter.brightness;
        parts.contrast.input.value = filter.contrast;
        for (const name of ['brightness', 'contrast']) {
            parts[name].output.textContent = `${filter[name]}%`;
            parts[name].input.setAttribute('aria-valuetext', `${filter[name]}%`);
        }
        parts.resetFilter.disabled = identity;
    }
    function setFilter(brightness = filter.brightness, contrast = filter.contrast) {
        Object.assign(filter, sanitizeFilter({ brightness, contrast }));
        store.set(FILTER_KEY, filter);
        applyFilter();
    }
    parts.brightness.input.addEventListener('input', () => setFilter(+parts.brightness.input.value, undefined));
    parts.contrast.input.addEventListener('input', () => setFilter(undefined, +parts.contrast.input.value));

    // ---- overview (navigator)
    let overview = store.get(OVERVIEW_KEY) !== false;
    function applyOverview() {
        const nav = viewer.navigator?.element;
        if (nav) nav.style.display = overview ? '' : 'none';
        parts.overview.setAttribute('aria-pressed', String(overview));
        if (overview) viewer.navigator?.updateSize?.();
    }

    // ---- full screen (the whole viewer, toolbar included)
    const canFullscreen = document.fullscreenEnabled && typeof element.requestFullscreen === 'function';
    function isFullScreen() {
        return document.fullscreenElement === element || element.classList.contains('is-fullpage');
    }
    function toggleFullScreen(force) {
        const want = force ?? !isFullScreen();
        if (want === isFullScreen()) return;
        if (canFullscreen && !element.classList.contains('is-fullpage')) {
            const request = want ? element.requestFullscreen() : document.exitFullscreen();
            // Browsers that refuse (embedded frames, some mobiles) get a fixed full-window box.
            request.catch(() => setFullPage(want));
        } else {
            setFullPage(want);
        }
    }
    function setFullPage(on) {
        element.classList.toggle('is-fullpage', on);
        document.documentElement.classList.toggle('viewer-fullpage-open', on);
        syncFullScreenButton();
        viewer.forceResize();
    }
    function syncFullScreenButton() {
        const on = isFullScreen();
        const button = parts.fullScreen;
        button.replaceChildren(icon(on ? 'exitFull' : 'enterFull'));
        button.setAttribute('aria-label', on ? 'Exit full screen' : 'Full screen');
        button.title = on ? 'Exit full screen (Esc)' : 'Full screen (F)';
    }
    const onFullscreenChange = () => { syncFullScreenButton(); viewer.forceResize(); };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    element.addEventListener('keydown', event => {
        if (event.key !== 'Escape') return;
        if (parts.closeKeys()) { event.stopPropagation(); return; }
        if (element.classList.contains('is-fullpage')) setFullPage(false);
    });

    // ---- toolbar wiring
    parts.on({
        zoomIn: () => zoomBy(ZOOM_STEP),
        zoomOut: () => zoomBy(1 / ZOOM_STEP),
        fit: () => fit(),
        actualSize,
        rotateLeft: () => rotate(-90),
        rotateRight: () => rotate(90),
        resetFilter: () => setFilter(100, 100),
        overview: () => { overview = !overview; store.set(OVERVIEW_KEY, overview); applyOverview(); },
        fullScreen: () => toggleFullScreen(),
    });
    parts.setStatus('loading');
    applyFilter();

    function dispatch(type, detail) {
        element.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
    }

    const api = makeApi();
    function makeApi() {
        return {
            viewer,
            element,
            /** Open another info.json (e.g. the next page) in this viewer. */
            open(url) {
                state.url = url;
                state.ready = false;
                state.tileErrorShown = false;
                element.dataset.infoUrl = url;
                parts.setStatus('loading');
                parts.setNotice(null);
                viewer.open(url);
            },
            fit,
            zoomBy,
            actualSize,
            /** Rotate by a multiple of 90 degrees (positive = clockwise). */
            rotate,
            toggleFullScreen,
            /** Brightness and contrast in percent; 100 leaves the scan as it is. */
            setFilter,
            getFilter: () => ({ ...filter }),
            resetFilter: () => setFilter(100, 100),
            /** Bring a region of the scan into view, in image pixels (e.g. a ledger row). */
            showRegion({ x, y, width, height }, immediately = false) {
                const rect = viewer.viewport.imageToViewportRectangle(x, y, width, height);
                viewer.viewport.fitBoundsWithConstraints(rect, immediately);
            },
            get ready() { return state.ready; },
            destroy() {
                document.removeEventListener('fullscreenchange', onFullscreenChange);
                viewer.destroy();
                parts.remove();
                element.classList.remove('is-fullpage');
                document.documentElement.classList.remove('viewer-fullpage-open');
                delete element.transcribeViewer;
            },
        };
    }
    element.transcribeViewer = api;
    return api;
}

function defaultFilter() { return { brightness: 100, contrast: 100 }; }

function sanitizeFilter(value) {
    const out = {};
    for (const key of Object.keys(FILTER_LIMITS)) {
        const n = Number(value?.[key]);
        if (value?.[key] !== undefined && Number.isFinite(n)) out[key] = Math.round(clamp(n, ...FILTER_LIMITS[key]));
    }
    return out;
}

function isSameOrigin(url) {
    try { return new URL(url, location.href).origin === location.origin; } catch { return true; }
}

function showFatal(element, message) {
    element.replaceChildren(el('div', { className: 'viewer-status is-error', role: 'alert' }, [
        el('div', { className: 'viewer-status-card' }, [el('p', { text: message })]),
    ]));
}

// Builds toolbar, stage, keys panel and status overlay; returns handles to them.
function buildChrome(element, ids, label) {
    const slider = (name, text, iconName) => {
        const id = nextId(`viewer-${name}`);
        const [min, max] = FILTER_LIMITS[name];
        const input = el('input', { type: 'range', id, min, max, step: 5, value: 100, className: 'viewer-range' });
        const output = el('output', { for: id, className: 'viewer-range-value', 'aria-hidden': 'true' });
        const wrap = el('div', { className: 'viewer-slider', title: `${text} (for faint ink)` }, [
            el('label', { for: id, className: 'viewer-slider-label' }, [icon(iconName), el('span', { className: 'viewer-slider-text', text })]),
            input, output,
        ]);
        return { wrap, input, output };
    };

    const buttons = {
        zoomOut: iconButton({ label: 'Zoom out', iconName: 'zoomOut', title: 'Zoom out (−)' }),
        zoomIn: iconButton({ label: 'Zoom in', iconName: 'zoomIn', title: 'Zoom in (+)' }),
        fit: iconButton({ label: 'Fit page', iconName: 'fit', title: 'Fit the whole page (0)' }),
        actualSize: el('button', { type: 'button', className: 'viewer-btn viewer-zoom', title: 'Show actual size (100%)', 'aria-label': 'Show actual size (100%)' }),
        rotateLeft: iconButton({ label: 'Rotate left', iconName: 'rotateLeft', title: 'Rotate left (Shift+R)' }),
        rotateRight: iconButton({ label: 'Rotate right', iconName: 'rotateRight', title: 'Rotate right (R)' }),
        resetFilter: iconButton({ label: 'Reset brightness and contrast', text: 'Reset', title: 'Reset brightness and contrast' }),
        overview: iconButton({ label: 'Overview map', iconName: 'overview', title: 'Show or hide the overview map' }),
        keysToggle: iconButton({ label: 'Keyboard shortcuts', iconName: 'keys', title: 'Keyboard shortcuts' }),
        fullScreen: iconButton({ label: 'Full screen', iconName: 'enterFull', title: 'Full screen (F)' }),
    };
    const zoomLabel = el('span', { text: '—' });
    buttons.actualSize.append(zoomLabel);
    buttons.overview.setAttribute('aria-pressed', 'true');
    buttons.keysToggle.setAttribute('aria-expanded', 'false');
    buttons.keysToggle.setAttribute('aria-controls', ids.keys);

    const brightness = slider('brightness', 'Brightness', 'brightness');
    const contrast = slider('contrast', 'Contrast', 'contrast');

    const group = (name, children) => el('div', { className: `viewer-group viewer-group-${name}` }, children);
    const toolbar = el('div', { className: 'viewer-toolbar', role: 'group', 'aria-label': 'Scan controls' }, [
        group('zoom', [buttons.zoomOut, buttons.actualSize, buttons.zoomIn, buttons.fit]),
        group('rotate', [buttons.rotateLeft, buttons.rotateRight]),
        group('adjust', [brightness.wrap, contrast.wrap, buttons.resetFilter]),
        group('view', [buttons.overview, buttons.keysToggle, buttons.fullScreen]),
    ]);

    const keysPanel = el('div', { className: 'viewer-keys', id: ids.keys, hidden: true }, [
        el('p', { className: 'viewer-keys-title', text: 'Keyboard and mouse' }),
        el('p', { className: 'viewer-keys-hint', text: 'Click the scan or Tab to it first.' }),
        el('dl', {}, KEY_HELP.flatMap(([keys, what]) => [
            el('dt', {}, keys.split(' ').map(key => el('kbd', { text: key }))),
            el('dd', { text: what }),
        ])),
        el('p', { className: 'viewer-keys-hint', text: 'Mouse: drag to move, wheel to zoom, double-click to zoom in.' }),
    ]);
    const stage = el('div', { className: 'viewer-osd', id: ids.stage });
    const status = el('div', { className: 'viewer-status', hidden: true });
    const notice = el('div', { className: 'viewer-notice', role: 'status', hidden: true });
    const live = el('div', { className: 'viewer-sr-only', role: 'status', 'aria-live': 'polite' });
    const wrapper = el('div', { className: 'viewer-body' }, [stage, status, notice, keysPanel]);
    element.replaceChildren(toolbar, wrapper, live);

    // Keys help: a disclosure that closes on Esc, on a click elsewhere, or from its button.
    const setKeysOpen = open => {
        keysPanel.hidden = !open;
        buttons.keysToggle.setAttribute('aria-expanded', String(open));
    };
    buttons.keysToggle.addEventListener('click', () => setKeysOpen(keysPanel.hidden));
    const closeOnOutsidePointer = event => {
        if (!keysPanel.hidden && !keysPanel.contains(event.target) && !buttons.keysToggle.contains(event.target)) setKeysOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);

    return {
        stage,
        zoomLabel,
        brightness,
        contrast,
        ...buttons,
        on(handlers) {
            for (const [name, handler] of Object.entries(handlers)) buttons[name].addEventListener('click', handler);
        },
        closeKeys() {
            if (keysPanel.hidden) return false;
            setKeysOpen(false);
            buttons.keysToggle.focus();
            return true;
        },
        setStatus(kind, info = {}) {
            status.hidden = !kind;
            status.className = `viewer-status${kind ? ` is-${kind}` : ''}`;
            status.removeAttribute('role');
            if (!kind) { status.replaceChildren(); live.textContent = ''; return; }
            if (kind === 'loading') {
                status.replaceChildren(el('div', { className: 'viewer-spinner', 'aria-hidden': 'true' }));
                live.textContent = 'Loading the scan…';
                return;
            }
            live.textContent = '';
            status.setAttribute('role', 'alert');
            const retry = el('button', { type: 'button', className: 'button small', text: 'Try again', onclick: info.retry });
            status.replaceChildren(el('div', { className: 'viewer-status-card' }, [
                icon('warning'),
                el('p', { className: 'viewer-status-title', text: info.title }),
                el('p', { className: 'viewer-status-text', text: info.message }),
                info.retry ? retry : null,
            ]));
        },
        setNotice(message, retry) {
            notice.hidden = !message;
            notice.replaceChildren();
            if (!message) return;
            notice.append(el('span', { text: message }), el('button', {
                type: 'button', className: 'viewer-notice-btn', text: 'Try again',
                onclick: () => { notice.hidden = true; retry(); },
            }));
        },
        remove() {
            document.removeEventListener('pointerdown', closeOnOutsidePointer);
            element.replaceChildren();
        },
    };
}

// ---------------------------------------------------------------- start

export function initAll(root = document) {
    root.querySelectorAll('[data-split]').forEach(initSplit);
    root.querySelectorAll('[data-viewer][data-info-url]').forEach(initViewer);
}

// Module scripts run after the document is parsed, so the markup is already there.
initAll();
