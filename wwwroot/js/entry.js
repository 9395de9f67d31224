// Entry screen: the row table (entry-table.js), the page-level fields, checking values as they
// are typed, drafts that are never lost, and an idempotent submit.
//
// Drafts: every change goes to local storage at once (keyed by volunteer and page, so another
// person on the same computer never sees it), and to the server every few seconds and when the
// page is hidden. On load, a local copy the server never confirmed wins over the server's draft.
// Submit: one submission key per page load; a retry (double click, timeout) sends the same key,
// so the server answers with the first transcription instead of making a second.

import { el, store } from './dom.js';
import { initGuide } from './guide.js';
import { createTable } from './entry-table.js';

const SAVE_EVERY_MS = 4000;
const CHECK_AFTER_MS = 350;

const root = document.querySelector('[data-entry]');
if (root) start(root);

function start(root) {
    const data = JSON.parse(document.getElementById('entry-data').textContent);
    const form = root.querySelector('[data-entry-form]');
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    const status = root.querySelector('[data-save-status]');
    const help = root.querySelector('[data-field-help]');
    const errorsBox = root.querySelector('[data-errors]');
    const toast = root.querySelector('[data-toast]');
    const rowFields = data.fields.filter(f => f.scope === 'row');
    const pageFieldDefs = data.fields.filter(f => f.scope === 'page');
    const fieldByKey = new Map(data.fields.map(f => [f.key, f]));
    const localKey = `transcribe.draft.${data.volunteer}.${data.pageId}`;
    const submissionKey = newUuid();

    // ------------------------------------------------------------ restore

    let content = { rows: data.draft.rows, pageFields: data.draft.pageFields };
    const local = store.get(localKey);
    const restoredLocal = local && local.synced === false && !sameContent(local, content);
    if (restoredLocal) content = { rows: local.rows || [], pageFields: local.pageFields || {} };
    const pageFields = { ...content.pageFields };

    let version = 0;       // bumped by every change
    let savedVersion = 0;  // the version the server last confirmed
    let saving = null;
    let submitting = false;
    let done = false;
    const problems = new Map();
    let focusedRow = null;
    const checkTimers = new Map();

    const table = rowFields.length === 0 ? null : createTable({
        tbody: root.querySelector('[data-rows]'),
        fields: rowFields,
        maxRows: data.limits.maxRows,
        rows: content.rows,
        onChange: change => changed(change),
        onFocusCell: (row, key) => {
            // Leaving a row shows what it still lacks (hidden while it was being typed).
            if (row !== focusedRow) { focusedRow = row; applyProblems(); }
            showHelp(row, key);
        },
        onMessage: (text, undo) => showToast(text, undo),
    });
    renderPageFields();
    updateRowCount();
    applyProblems();


    function renderPageFields() {
        const fieldset = root.querySelector('[data-page-fields]');
        if (!fieldset) return;
        for (const field of pageFieldDefs) {
            const id = `page-${field.key}`;
            const input = field.kind === 'longtext'
                ? el('textarea', { id, rows: '2', 'data-page-key': field.key })
                : el('input', { id, type: 'text', 'data-page-key': field.key });
            input.value = pageFields[field.key] ?? '';
            if (field.required) input.setAttribute('aria-required', 'true');
            fieldset.append(el('div', { className: 'page-field' }, [
                el('label', { for: id, text: field.label + (field.required ? ' *' : '') }), input,
            ]));
        }
        fieldset.addEventListener('input', event => {
            const key = event.target.dataset.pageKey;
            if (!key) return;
            pageFields[key] = event.target.value;
            changed({ row: null, key, value: event.target.value });
        });
        fieldset.addEventListener('focusin', event => {
            if (event.target.dataset.pageKey) showHelp(null, event.target.dataset.pageKey);
        });
        fieldset.addEventListener('keydown', event => {
            if (event.key === 'Enter' && event.target.tagName === 'INPUT') {
                event.preventDefault();
                table?.focusCell(0);
            }
        });
    }

    // ------------------------------------------------------------ changes, checks, help

    function currentContent() {
        return { rows: table ? table.rows : [], pageFields };
    }

    function changed(change) {
        version++;
        store.set(localKey, { ...currentContent(), savedAt: Date.now(), synced: false });
        setStatus('Unsaved changes (kept on this device)');
        if (change.structural) {
            // Row numbers moved: the server's next answer renumbers every problem.
            problems.clear();
            applyProblems();
            updateRowCount();
        } else {
            scheduleCheck(change.row, change.key, change.value);
        }
        saveSoon(SAVE_EVERY_MS);
    }

    function scheduleCheck(row, key, value) {
        const id = problemId(row, key);
        clearTimeout(checkTimers.get(id));
        checkTimers.set(id, setTimeout(async () => {
            checkTimers.delete(id);
            const answer = await api('POST', `/api/pages/${data.pageId}/check`, { key, value, row });
            if (!answer.ok) return;
            if (answer.body.problem) problems.set(id, answer.body.problem); else problems.delete(id);
            applyProblems();
            if (document.activeElement === cellFor(row, key)) showHelp(row, key);
        }, CHECK_AFTER_MS));
    }

    const problemId = (row, key) => `${row ?? 'p'}|${key}`;

    function cellFor(row, key) {
        return row === null || row === undefined ? document.getElementById(`page-${key}`) : table?.cell(row, key);
    }

    function applyProblems() {
        root.querySelectorAll('.has-problem, .has-warning').forEach(node => {
            node.classList.remove('has-problem', 'has-warning');
            node.removeAttribute('aria-invalid');
            node.removeAttribute('title');
        });
        const activeRow = document.activeElement?.dataset?.row;
        for (const problem of problems.values()) {
            const cell = problem.key ? cellFor(problem.row, problem.key) : null;
            if (!cell) continue;
            // An empty required cell in the row being typed is not a mistake yet.
            if (cell.value.trim() === '' && activeRow !== undefined && String(problem.row) === activeRow) continue;
            cell.classList.add(problem.blocking ? 'has-problem' : 'has-warning');
            if (problem.blocking) cell.setAttribute('aria-invalid', 'true');
            cell.title = problem.message;
        }
    }

    function showHelp(row, key) {
        const field = fieldByKey.get(key);
        if (!field) return;
        const problem = problems.get(problemId(row, key));
        help.replaceChildren(...[
            el('p', { className: 'help-title' }, [
                el('strong', { text: field.label }),
                el('span', { className: 'muted', text: ` · ${row === null ? 'whole page' : `row ${row + 1}`} · ${field.kindText}${field.required ? ' · required' : ''}` }),
            ]),
            field.help ? el('p', { text: field.help }) : null,
            field.choices.length ? el('p', { className: 'muted', text: `Choices: ${field.choices.join(', ')}` }) : null,
            problem ? el('p', { className: problem.blocking ? 'help-problem' : 'help-warning', text: problem.message }) : null,
        ].filter(Boolean));
    }

    function updateRowCount() {
        const count = root.querySelector('[data-row-count]');
        if (count && table) count.textContent = `${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'} · Enter adds the next`;
    }

    // ------------------------------------------------------------ saving

    let saveTimer = 0;
    function saveSoon(delay) {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, delay);
    }

    async function save(force = false) {
        if (done || (version === savedVersion && !force)) return;
        if (saving) { saveSoon(SAVE_EVERY_MS); return; }
        const sending = version;
        setStatus('Saving…');
        saving = api('PUT', `/api/pages/${data.pageId}/draft`, currentContent());
        const answer = await saving;
        saving = null;
        if (answer.ok) {
            savedVersion = Math.max(savedVersion, sending);
            if (savedVersion === version) store.set(localKey, { ...currentContent(), savedAt: Date.now(), synced: true });
            setProblems(answer.body.problems);
            setStatus(`Draft saved ${timeOf(answer.body.savedAt)}${answer.body.leaseActive ? '' : ' · your hold on the page lapsed, but you can still submit'}`);
        } else {
            setStatus(answer.message, 'error');
            if (answer.body?.problems) setProblems(answer.body.problems);
            if (answer.retry) saveSoon(SAVE_EVERY_MS * 2);
        }
        if (version !== savedVersion && answer.ok) saveSoon(SAVE_EVERY_MS);
    }

    function setProblems(list) {
        problems.clear();
        for (const problem of list || []) problems.set(problemId(problem.row, problem.key), problem);
        applyProblems();
    }

    // Leaving the page: one last save that outlives it (keepalive), beside the local copy.
    function flushOnLeave() {
        if (done || version === savedVersion) return;
        fetch(`/api/pages/${data.pageId}/draft`, {
            method: 'PUT', keepalive: true, credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
            body: JSON.stringify(currentContent()),
        }).catch(() => { /* the local copy is still there */ });
    }
    window.addEventListener('pagehide', flushOnLeave);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushOnLeave(); });
    window.addEventListener('online', () => saveSoon(0));
    // Reading a hard page can take a while without typing: while the screen is in view, the draft
    // is saved anyway every few minutes, which keeps the hold on the page alive.
    const HOLD_EVERY_MS = 5 * 60 * 1000;
    setInterval(() => { if (document.visibilityState === 'visible') save(true); }, HOLD_EVERY_MS);

    // ------------------------------------------------------------ submit

    root.querySelector('[data-submit]').addEventListener('click', submit);

    async function submit() {
        if (submitting || done) return;
        submitting = true;
        table?.dropEmptyRows();
        updateRowCount();
        setStatus('Submitting…');
        const answer = await api('POST', `/api/pages/${data.pageId}/transcriptions`, { submissionKey, ...currentContent() });
        submitting = false;
        if (answer.ok) {
            done = true;
            clearTimeout(saveTimer);
            store.set(localKey, null);
            try { localStorage.removeItem(localKey); } catch { /* ignore */ }
            setStatus('Submitted. Thank you!');
            root.querySelector('[data-submit]').disabled = true;
            document.getElementById('done-dialog').showModal();
            return;
        }
        setStatus(answer.message, 'error');
        if (answer.body?.problems?.length) {
            setProblems(answer.body.problems);
            showErrors(answer.message, answer.body.problems);
        } else {
            showErrors(answer.message, []);
        }
    }

    function showErrors(message, list) {
        errorsBox.replaceChildren(...[
            el('p', { className: 'errors-title', text: message }),
            list.length ? el('ul', {}, list.map(problem => el('li', {}, [
                problem.key
                    ? el('button', {
                        type: 'button', className: 'link-button',
                        text: `${problem.row === null ? 'Page' : `Row ${problem.row + 1}`}, ${fieldByKey.get(problem.key)?.label ?? problem.key}: ${problem.message}`,
                        onclick: () => { cellFor(problem.row, problem.key)?.focus(); },
                    })
                    : el('span', { text: problem.message }),
            ]))) : null,
        ].filter(Boolean));
        errorsBox.hidden = false;
        errorsBox.focus();
    }

    // ------------------------------------------------------------ page actions, shortcuts

    const viewerElement = root.querySelector('[data-viewer][data-guide]');
    const guide = viewerElement ? initGuide(viewerElement, data.pageId) : null;
    if (viewerElement?.transcribeViewer) {
        const api = viewerElement.transcribeViewer;
        if (api.ready) startAtTheTop(api.viewer);
        else viewerElement.addEventListener('viewer:ready', () => startAtTheTop(api.viewer), { once: true });
    }

    document.addEventListener('keydown', event => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
            event.preventDefault();
            saveSoon(0);
        } else if (event.altKey && !event.ctrlKey && !event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            guide?.move(event.key === 'ArrowUp' ? -1 : 1);
        } else if (event.altKey && event.shiftKey && event.code === 'KeyG') {
            event.preventDefault();
            guide?.toggle();
        } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !document.querySelector('dialog[open]')
            && (event.target === document.body || form.contains(event.target))) {
            event.preventDefault();
            submit();
        }
    });

    // Ready to type: the first row that is not filled in yet, first field.
    if (table) {
        const rows = table.rows;
        const firstOpen = rows.findIndex(r => Object.values(r).every(v => (v ?? '').trim() === ''));
        table.focusCell(firstOpen === -1 ? rows.length - 1 : firstOpen);
    }

    // Last, once everything above is set up: send on what the server has not seen.
    if (restoredLocal) {
        version = 1;
        setStatus('Restored unsaved work from this device; saving it now…');
        saveSoon(0);
    } else if (data.draftSavedAt) {
        setStatus(`Draft restored (saved ${timeOf(data.draftSavedAt)})`);
    }

    root.querySelector('[data-add-row]')?.addEventListener('click', () => table.addRow());

    root.querySelector('[data-skip-form]').addEventListener('submit', event => {
        const typed = countTyped();
        if (typed > 0 && !confirm(`You have typed ${typed} ${typed === 1 ? 'value' : 'values'} on this page. Skip it anyway? Your draft stays in My work.`)) {
            event.preventDefault();
            return;
        }
        flushOnLeave();
    });

    for (const opener of root.querySelectorAll('[data-open-dialog]')) {
        opener.addEventListener('click', () => document.getElementById(opener.dataset.openDialog).showModal());
    }
    for (const closer of root.querySelectorAll('[data-close-dialog]')) {
        closer.addEventListener('click', () => closer.closest('dialog').close());
    }
    // "Something else" needs a note. The browser checks the form before it submits, so the rule is
    // kept current as the volunteer chooses and types, not only when they press the button.
    const flagForm = root.querySelector('[data-flag-form]');
    const flagNote = flagForm.elements.note;
    const checkFlag = () => {
        const other = flagForm.querySelector('input[name="reason"][value="other"]');
        flagNote.setCustomValidity(other.checked && flagNote.value.trim() === '' ? 'Say what is wrong with the page.' : '');
    };
    flagForm.addEventListener('input', checkFlag);
    flagForm.addEventListener('change', checkFlag);
    flagForm.addEventListener('submit', () => flushOnLeave());

    function countTyped() {
        const { rows } = currentContent();
        return rows.reduce((n, r) => n + Object.values(r).filter(v => (v ?? '').trim() !== '').length, 0)
            + Object.values(pageFields).filter(v => (v ?? '').trim() !== '').length;
    }

    // ------------------------------------------------------------ helpers

    async function api(method, url, body) {
        let response;
        try {
            response = await fetch(url, {
                method, credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: token },
                body: JSON.stringify(body),
            });
        } catch {
            return { ok: false, retry: true, message: 'Offline: your work is kept on this device and will be sent when the connection is back.' };
        }
        let json = null;
        try { json = await response.json(); } catch { /* not JSON */ }
        if (response.ok) return { ok: true, body: json };
        if (response.status === 401) return { ok: false, message: 'You were signed out. Your work is kept on this device: log in again in another tab, then come back here.' };
        if (response.status === 400 && !json) return { ok: false, retry: true, message: 'The session has expired. Reload the page: your work is kept on this device.' };
        return { ok: false, retry: response.status >= 500, body: json, message: json?.error || `The server could not save your work (${response.status}); it is kept on this device.` };
    }

    function setStatus(text, kind = '') {
        status.textContent = text;
        status.dataset.kind = kind;
    }

    let toastTimer = 0;
    function showToast(text, undo) {
        toast.replaceChildren(...[el('span', { text }), undo ? el('button', { type: 'button', className: 'link-button', text: 'Undo (Alt+Shift+U)', onclick: () => { undo(); } }) : null].filter(Boolean));
        toast.hidden = false;
        clearTimeout(toastTimer);
        toastTimer = setTimeout(() => { toast.hidden = true; }, 6000);
    }
}

// A ledger is read row by row from the top: open the scan at its full width, top rows first,
// instead of the whole page shrunk to fit the pane.
function startAtTheTop(viewer) {
    const container = viewer.container;
    if (!container.clientWidth) return;
    const height = container.clientHeight / container.clientWidth;
    viewer.viewport.fitBounds(new globalThis.OpenSeadragon.Rect(0, 0, 1, height), true);
}

function sameContent(a, b) {
    const norm = c => JSON.stringify({ rows: (c.rows || []).filter(r => Object.values(r).some(v => (v ?? '').trim() !== '')), pageFields: c.pageFields || {} });
    return norm(a) === norm(b);
}

function timeOf(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : `at ${date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
}

// crypto.randomUUID needs a secure context; getRandomValues works on plain http too.
function newUuid() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
