// "What we checked": the rows of the check in progress, each replaced as its colour arrives.

import { replaceChildren } from './dom.js';
import { ui } from './elements.js';
import * as render from './render.js';
import { setPlannedRows, setRow, state } from './state.js';

/** Empties the list; `placeholder` shows until the first row. */
export function clearChecklist(placeholder) {
  replaceChildren(ui.checklist);
  updateChecklistPlaceholder(placeholder);
}

/** The plan: every row grey and waiting, before anything runs. */
export function showPlan(entries) {
  setPlannedRows(entries.map((entry) => ({ area: entry.area, label: entry.label, status: 'running' })));
  replaceChildren(ui.checklist, [...state.run.rows.values()].map((row) => render.renderCheckRow(row)));
  updateChecklistPlaceholder('');
}

/** A finished report's rows as they are, replacing whatever the list shows (a report worded again). */
export function showReportRows(rows) {
  replaceChildren(ui.checklist, rows.map((row) => render.renderCheckRow(row)));
  updateChecklistPlaceholder('');
}

/** A row's final colour (from a `row` event or the report). */
export function showRow(row) {
  setRow(row);
  putRow(row);
}

/** Shows the spinner of a row that started. */
export function refreshRow(area) {
  const row = state.run && state.run.rows.get(area);
  if (row && row.status === 'running') putRow(row);
}

/** A planned row that never finished (`status`: "stopped" or "cancelled") must not spin on. */
export function markUnfinishedRows(status) {
  if (!state.run) return;
  for (const row of [...state.run.rows.values()]) {
    if (row.status === 'running') showRow({ ...row, status, summary: '' });
  }
}

export function updateChecklistPlaceholder(text) {
  const empty = ui.checklist.children.length === 0;
  ui.checklistPlaceholder.hidden = !empty;
  if (empty) ui.checklistPlaceholder.textContent = text;
}

/** Replaces (or appends) the row's <li>, so the live region announces just that row. */
function putRow(row) {
  const active = state.run ? state.run.active.has(row.area) : false;
  const node = render.renderCheckRow(row, { active });
  const existing = [...ui.checklist.children].find((li) => li.dataset.area === row.area) || null;
  if (existing) {
    if (sameRow(existing, node)) return;
    existing.replaceWith(node);
  } else {
    ui.checklist.append(node);
    updateChecklistPlaceholder('');
  }
}

function sameRow(a, b) {
  return a.dataset.status === b.dataset.status && a.dataset.active === b.dataset.active && a.textContent === b.textContent;
}
