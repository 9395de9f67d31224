// The ledger row table of the entry screen: one row per ledger entry, one cell per field,
// keyboard-first (Tab through fields, Enter for the next row, shortcuts to insert and delete).
// It owns the rows; entry.js owns saving, checking and submitting.

import { el } from './dom.js';

export function createTable({ tbody, fields, maxRows, rows: initialRows, onChange, onFocusCell, onMessage }) {
    let rows = initialRows.map(r => ({ ...r }));
    if (rows.length === 0) rows.push({});
    let lastDeleted = null;
    const datalists = new Map();

    for (const field of fields) {
        if (field.kind !== 'choice' || field.choices.length === 0) continue;
        const id = `choices-${field.key}`;
        const list = el('datalist', { id }, field.choices.map(c => el('option', { value: c })));
        tbody.closest('form').append(list);
        datalists.set(field.key, id);
    }

    function cellId(row, key) { return `cell-${row}-${key}`; }

    function makeInput(field, row) {
        const props = {
            id: cellId(row, field.key), 'data-row': String(row), 'data-key': field.key, 'data-kind': field.kind,
            'aria-label': `${field.label}, row ${row + 1}`, spellcheck: 'false',
        };
        let input;
        if (field.kind === 'yesno') {
            input = el('select', props, [el('option', { value: '', text: '' }), el('option', { value: 'yes', text: 'Yes' }), el('option', { value: 'no', text: 'No' })]);
        } else if (field.kind === 'longtext') {
            input = el('textarea', { ...props, rows: '1' });
        } else {
            input = el('input', {
                ...props, type: 'text',
                inputmode: field.kind === 'integer' || field.kind === 'decimal' ? 'decimal' : undefined,
                list: datalists.get(field.key),
            });
        }
        input.value = rows[row][field.key] ?? '';
        fit(input);
        if (field.required) input.setAttribute('aria-required', 'true');
        return input;
    }

    function render(focus) {
        const fragment = document.createDocumentFragment();
        rows.forEach((_, index) => {
            const tr = el('tr', { 'data-row-index': String(index) }, [
                el('th', { scope: 'row', className: 'row-head', text: String(index + 1) }),
                ...fields.map(field => el('td', { className: `kind-${field.kind}` }, [makeInput(field, index)])),
                el('td', { className: 'row-tools' }, [
                    el('button', { type: 'button', tabindex: '-1', className: 'icon-button', title: 'Insert a row above (Alt+Shift+I)', 'aria-label': `Insert a row above row ${index + 1}`, 'data-insert': String(index), text: '+' }),
                    el('button', { type: 'button', tabindex: '-1', className: 'icon-button danger', title: 'Delete this row (Alt+Shift+D)', 'aria-label': `Delete row ${index + 1}`, 'data-delete': String(index), text: '×' }),
                ]),
            ]);
            fragment.append(tr);
        });
        tbody.replaceChildren(fragment);
        tbody.querySelectorAll('textarea').forEach(grow);
        if (focus) focusCell(focus.row, focus.key);
    }

    // A column widens with the longest value typed in it (up to a point), so a long locality stays readable.
    function fit(input) {
        if (input.tagName !== 'INPUT') return;
        const base = input.dataset.kind === 'integer' || input.dataset.kind === 'decimal' ? 6 : 10;
        input.size = Math.max(base, Math.min(42, input.value.length + 2));
    }

    function grow(textarea) {
        textarea.style.height = 'auto';
        textarea.style.height = `${textarea.scrollHeight + 2}px`;
    }

    function focusCell(row, key) {
        const target = document.getElementById(cellId(clampRow(row), key ?? fields[0].key));
        if (!target) return;
        target.focus();
        if (typeof target.select === 'function' && target.tagName === 'INPUT') target.select();
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }

    function clampRow(row) { return Math.max(0, Math.min(rows.length - 1, row)); }
    const isEmpty = row => Object.values(row).every(v => (v ?? '').trim() === '');

    function addRowAt(index, key) {
        if (rows.length >= maxRows) {
            onMessage(`A page may have at most ${maxRows} rows.`);
            return false;
        }
        rows.splice(index, 0, {});
        render({ row: index, key });
        onChange({ structural: true });
        return true;
    }

    function deleteRow(index, key) {
        const [removed] = rows.splice(index, 1);
        if (rows.length === 0) rows.push({});
        lastDeleted = isEmpty(removed) ? null : { index, row: removed };
        render({ row: index, key });
        onChange({ structural: true });
        onMessage(lastDeleted ? `Row ${index + 1} deleted.` : `Empty row ${index + 1} removed.`, lastDeleted ? undoDelete : null);
    }

    function undoDelete() {
        if (!lastDeleted) return;
        const { index, row } = lastDeleted;
        lastDeleted = null;
        rows.splice(Math.min(index, rows.length), 0, row);
        render({ row: index });
        onChange({ structural: true });
        onMessage(`Row ${index + 1} restored.`);
    }

    function nextRow(index) {
        if (index + 1 < rows.length) focusCell(index + 1, fields[0].key);
        else addRowAt(rows.length, fields[0].key);
    }

    tbody.addEventListener('input', event => {
        const cell = event.target.closest('[data-key]');
        if (!cell) return;
        rows[Number(cell.dataset.row)][cell.dataset.key] = cell.value;
        if (cell.tagName === 'TEXTAREA') grow(cell); else fit(cell);
        onChange({ row: Number(cell.dataset.row), key: cell.dataset.key, value: cell.value });
    });
    tbody.addEventListener('change', event => {
        const cell = event.target.closest('select[data-key]');
        if (!cell) return;
        rows[Number(cell.dataset.row)][cell.dataset.key] = cell.value;
        onChange({ row: Number(cell.dataset.row), key: cell.dataset.key, value: cell.value });
    });
    tbody.addEventListener('focusin', event => {
        const cell = event.target.closest('[data-key]');
        if (cell) onFocusCell(Number(cell.dataset.row), cell.dataset.key, cell);
    });
    tbody.addEventListener('click', event => {
        const insert = event.target.closest('[data-insert]');
        const remove = event.target.closest('[data-delete]');
        if (insert) addRowAt(Number(insert.dataset.insert), fields[0].key);
        if (remove) deleteRow(Number(remove.dataset.delete), fields[0].key);
    });
    tbody.addEventListener('keydown', event => {
        const cell = event.target.closest('[data-key]');
        if (!cell) return;
        const row = Number(cell.dataset.row);
        const key = cell.dataset.key;
        if (event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey) {
            if (cell.tagName === 'TEXTAREA' && event.shiftKey) return;
            event.preventDefault();
            nextRow(row);
        } else if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
            event.preventDefault();
            focusCell(row + (event.key === 'ArrowUp' ? -1 : 1), key);
        } else if (event.altKey && event.shiftKey && event.code === 'KeyI') {
            event.preventDefault();
            addRowAt(row, key);
        } else if (event.altKey && event.shiftKey && event.code === 'KeyD') {
            event.preventDefault();
            deleteRow(row, key);
        } else if (event.altKey && event.shiftKey && event.code === 'KeyU') {
            event.preventDefault();
            undoDelete();
        }
    });

    render();
    return {
        get rows() { return rows; },
        /** Drops rows with nothing typed (done before submitting, so row numbers match the server's). */
        dropEmptyRows() {
            const kept = rows.filter(r => !isEmpty(r));
            if (kept.length === rows.length) return;
            rows = kept.length > 0 ? kept : [{}];
            render();
        },
        addRow: () => addRowAt(rows.length, fields[0].key),
        focusCell,
        cell: (row, key) => document.getElementById(cellId(row, key)),
    };
}
