// Small helpers shared by the scan screens: DOM building, icons, stored preferences.

// localStorage can throw (privacy modes, full quota); a lost preference is never worth an error.
export const store = {
    get(key) { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } },
    set(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* ignore */ } },
};

export const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
export const numberOr = (text, fallback) => (Number.isFinite(parseFloat(text)) ? parseFloat(text) : fallback);
let idCounter = 0;
export const nextId = prefix => `${prefix}-${++idCounter}`;


export function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'className') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of [].concat(children)) if (child) node.append(child);
    return node;
}

// Icons are drawn on a 24px grid with the current text colour, so they follow the theme.
export const ICONS = {
    zoomIn: [['circle', { cx: 10.5, cy: 10.5, r: 6.5 }], ['path', { d: 'M15.5 15.5 20.5 20.5M10.5 7.5v6M7.5 10.5h6' }]],
    zoomOut: [['circle', { cx: 10.5, cy: 10.5, r: 6.5 }], ['path', { d: 'M15.5 15.5 20.5 20.5M7.5 10.5h6' }]],
    fit: [['path', { d: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5' }], ['rect', { x: 8, y: 8, width: 8, height: 8, rx: 1 }]],
    rotateLeft: [['path', { d: 'M4 12a8 8 0 1 0 2.4-5.7L4 8.5' }], ['path', { d: 'M4 3.5v5h5' }]],
    rotateRight: [['path', { d: 'M20 12a8 8 0 1 1-2.4-5.7L20 8.5' }], ['path', { d: 'M20 3.5v5h-5' }]],
    brightness: [['circle', { cx: 12, cy: 12, r: 3.5 }], ['path', { d: 'M12 2.5v2.5M12 19v2.5M2.5 12H5M19 12h2.5M5.3 5.3l1.8 1.8M16.9 16.9l1.8 1.8M5.3 18.7l1.8-1.8M16.9 7.1l1.8-1.8' }]],
    contrast: [['circle', { cx: 12, cy: 12, r: 8.5 }], ['path', { d: 'M12 3.5a8.5 8.5 0 0 1 0 17z', fill: 'currentColor' }]],
    overview: [['rect', { x: 3.5, y: 4.5, width: 17, height: 15, rx: 2 }], ['rect', { x: 12, y: 12, width: 6, height: 5, rx: .5, fill: 'currentColor', stroke: 'none' }]],
    keys: [['rect', { x: 2.5, y: 6, width: 19, height: 12, rx: 2 }], ['path', { d: 'M6.5 10h1M10 10h1M13.5 10h1M17 10h.5M7.5 14h9' }]],
    enterFull: [['path', { d: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5' }]],
    exitFull: [['path', { d: 'M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5' }]],
    warning: [['path', { d: 'M12 3.5 2.5 20h19z' }], ['path', { d: 'M12 10v4.5M12 17.2v.3' }]],
};

export function icon(name) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'viewer-icon');
    for (const [tag, attrs] of ICONS[name]) {
        const shape = document.createElementNS(ns, tag);
        for (const [key, value] of Object.entries(attrs)) shape.setAttribute(key, value);
        svg.append(shape);
    }
    return svg;
}

export function iconButton({ label, iconName, title, onclick, text }) {
    return el('button', {
        type: 'button', className: text ? 'viewer-btn viewer-btn-text' : 'viewer-btn',
        // With visible text the label must start with it (WCAG 2.5.3), e.g. "Reset brightness…".
        'aria-label': label, title: title ?? label, onclick,
    }, [iconName ? icon(iconName) : null, text ? el('span', { text }) : null]);
}

// OpenSeadragon injects a <style> element once per page (a mobile-only focus rule), which our
// CSP blocks and reports. It skips the injection when this marker exists; the rule it would add
// (hiding the focus outline on touch screens) is one we do not want anyway.
export function preventInlineStyleInjection() {
    if (!document.querySelector('style[data-openseadragon-mobile-css]')) {
        // Not an HTML <style> (that alone is reported, even empty): an inert element in our own
        // namespace that still matches OpenSeadragon's selector.
        const marker = document.createElementNS('urn:transcribe:marker', 'style');
        marker.setAttribute('data-openseadragon-mobile-css', 'true');
        document.head.append(marker);
    }
}
