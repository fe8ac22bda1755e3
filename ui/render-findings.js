// Pure rendering of the findings: each finding, its fixes and its evidence. Report data in,
// DOM nodes out; no state, no listeners, no diagnosis.

import { h } from './dom.js';
import { messages } from './messages.js';
import {
  formatErrorCode,
  formatScalar,
  humanizeKey,
  isScalar,
  shellName,
  stateOf,
  whereText,
} from './format.js';
import { renderBadge, srText } from './render.js';

// ---------------------------------------------------------------- findings

const NOT_JUDGED = Object.freeze({ problem: false, leads: false });

/** How the backend's view (engine::page) shows the report's `index`th finding. */
function judged(view, finding, index) {
  const f = view && view.findings[index];
  return f && f.id === finding.id ? f : NOT_JUDGED;
}

/**
 * All findings, in the backend's order. Those that do not lead (the view says which) get
 * data-group="more" and are folded behind the "what works" toggle by CSS.
 */
export function renderFindings(report, view) {
  const errorCodeText = formatErrorCode(report.error_code);
  const findings = report.findings || [];
  const fixes = view ? view.fixes : new Map();
  const items = findings.map((finding, index) =>
    renderFinding(finding, index, { errorCodeText, judged: judged(view, finding, index), fixes }),
  );
  const leadingCount = findings.filter((f, index) => judged(view, f, index).leads).length;
  return { items, leadingCount, moreCount: findings.length - leadingCount };
}

export function renderFinding(finding, index, { errorCodeText = '', judged = NOT_JUDGED, fixes = new Map() } = {}) {
  const severity = finding.severity;
  const state = stateOf(severity);
  const panelId = `finding-panel-${index}`;
  const toggleId = `finding-toggle-${index}`;
  const chip = finding.explains_error_code
    ? h('span', { class: 'chip' }, messages.explainsCode(errorCodeText))
    : null;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'finding-toggle',
      id: toggleId,
      'aria-expanded': 'false',
      'aria-controls': panelId,
    },
    renderBadge(severity),
    h('span', { class: 'finding-word word', dataset: { status: severity } }, state.word),
    srText(': '),
    h('span', { class: 'finding-title' }, finding.title, chip ? ' ' : null, chip),
    h('span', { class: 'chevron', 'aria-hidden': 'true' }),
  );
  return h(
    'li',
    {
      class: 'finding',
      dataset: {
        findingId: finding.id,
        severity,
        group: judged.leads ? 'main' : 'more',
        audience: finding.audience,
      },
    },
    h('h3', { class: 'finding-heading' }, toggle),
    h(
      'div',
      { class: 'finding-panel', id: panelId, hidden: true },
      renderFindingPanel(finding, judged, fixes),
    ),
  );
}

function renderFindingPanel(finding, judged, views) {
  const parts = [];
  if (finding.detail) parts.push(h('p', { class: 'finding-detail' }, finding.detail));
  if (judged.problem) {
    parts.push(
      h(
        'p',
        { class: 'finding-who' },
        h('span', { class: 'who-label' }, messages.WHO_CAN_FIX),
        finding.audience === 'it' ? messages.WHO_IT : messages.WHO_USER,
      ),
    );
  }
  const fixes = finding.fixes || [];
  if (fixes.length > 0) {
    parts.push(
      h(
        'div',
        { class: 'fixes' },
        h('h4', { class: 'section-label' }, messages.howToFix(fixes.length)),
        fixes.map((fix) => renderFix(fix, views.get(fix.id))),
      ),
    );
  }
  const evidence = renderEvidence(finding.evidence);
  if (evidence) {
    parts.push(
      h(
        'div',
        { class: 'evidence-block' },
        h('h4', { class: 'section-label' }, messages.FACTS_FOR_IT, h('span', { class: 'finding-id' }, finding.id)),
        evidence,
      ),
    );
  } else {
    parts.push(h('p', { class: 'finding-id-line' }, messages.REFERENCE, h('span', { class: 'finding-id' }, finding.id)));
  }
  return parts;
}

// ---------------------------------------------------------------- fixes

/** How a fix shows when the backend's view does not say: no button, title only. */
const PLAIN_FIX = Object.freeze({ button: null, title: true, commands: false, wake: false });

/** A fix's button, labelled as the backend's view (engine::page) says; null for none. */
export function renderFixButton(fix, view = PLAIN_FIX) {
  if (!view.button) return null;
  return h(
    'button',
    {
      type: 'button',
      class: 'fix-button',
      dataset: { fixId: fix.id, fixKind: fix.kind },
    },
    view.button,
  );
}

export function renderFix(fix, view = PLAIN_FIX) {
  const button = renderFixButton(fix, view);
  return h(
    'div',
    { class: 'fix', dataset: { fixKind: fix.kind, fix: fix.id } },
    view.title ? h('h5', { class: 'fix-title' }, fix.title) : null,
    view.commands
      ? h('p', { class: 'fix-where' }, h('span', { class: 'who-label' }, messages.RUN_ON), whereText(fix))
      : null,
    fix.steps ? h('p', { class: 'fix-steps' }, fix.steps) : null,
    fix.risk
      ? h(
          'p',
          { class: 'fix-risk', role: 'note' },
          h('span', { class: 'badge badge-small', 'aria-hidden': 'true', dataset: { status: 'warn' } }, '!'),
          h('span', null, h('strong', null, messages.BE_AWARE), fix.risk),
        )
      : null,
    button
      ? h(
          'div',
          { class: 'fix-actions' },
          button,
          h('span', { class: 'fix-result', dataset: { fixResultFor: fix.id } }),
        )
      : null,
    view.commands ? (fix.commands || []).map((command, i) => renderCommand(command, i, fix.commands.length)) : null,
    view.wake ? renderWakeForm() : null,
  );
}

/** Wake-on-LAN needs the PC's network card address, which only IT or the PC's owner knows. */
function renderWakeForm() {
  return h(
    'div',
    { class: 'wake-form' },
    h('label', { for: 'wake-mac' }, messages.WAKE_MAC_LABEL),
    h(
      'div',
      { class: 'fix-actions' },
      h('input', {
        id: 'wake-mac',
        type: 'text',
        autocapitalize: 'off',
        autocorrect: 'off',
        spellcheck: 'false',
        placeholder: messages.WAKE_MAC_PLACEHOLDER,
      }),
      h('button', { type: 'button', class: 'fix-button', id: 'wake-pc' }, messages.WAKE_PC),
      h('span', { class: 'fix-result', id: 'wake-result' }),
    ),
  );
}

function renderCommand(command, index, count) {
  const label = count > 1 ? messages.commandOption(shellName(command.shell), index + 1) : shellName(command.shell);
  return h(
    'div',
    { class: 'command', dataset: { shell: command.shell } },
    h('p', { class: 'command-label' }, label),
    h('pre', { class: 'command-text' }, h('code', null, command.text)),
    command.undo
      ? [
          h('p', { class: 'command-label command-undo-label' }, messages.UNDO_LATER),
          h('pre', { class: 'command-text command-undo' }, h('code', null, command.undo)),
        ]
      : null,
  );
}

// ---------------------------------------------------------------- evidence

/** A compact key/value table of a finding's evidence; null when there is none. */
export function renderEvidence(evidence) {
  if (!evidence || typeof evidence !== 'object') return null;
  const entries = Object.entries(evidence);
  if (entries.length === 0) return null;
  return h(
    'table',
    { class: 'evidence' },
    h(
      'tbody',
      null,
      entries.map(([key, value]) =>
        h('tr', { dataset: { key } }, h('th', { scope: 'row' }, humanizeKey(key)), h('td', null, renderValue(value))),
      ),
    ),
  );
}

function renderValue(value) {
  if (isScalar(value)) return formatScalar(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every(isScalar)) return value.map(formatScalar).join(', ');
    return h(
      'ul',
      { class: 'evidence-list' },
      value.map((item) => h('li', null, isScalar(item) ? formatScalar(item) : inlineObject(item))),
    );
  }
  return h(
    'ul',
    { class: 'evidence-list' },
    Object.entries(value).map(([k, v]) =>
      h('li', null, h('span', { class: 'evidence-subkey' }, `${humanizeKey(k)}: `), isScalar(v) ? formatScalar(v) : inlineObject(v)),
    ),
  );
}

/** {address, result, ms} → "Address 10.0.0.5:3389 · Result open · Ms 12", on one line. */
function inlineObject(obj) {
  if (Array.isArray(obj)) return obj.map((v) => (isScalar(v) ? formatScalar(v) : JSON.stringify(v))).join(', ');
  const parts = [];
  for (const [k, v] of Object.entries(obj)) {
    if (parts.length) parts.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '));
    parts.push(h('span', { class: 'evidence-subkey' }, `${humanizeKey(k)} `));
    parts.push(isScalar(v) ? formatScalar(v) : JSON.stringify(v));
  }
  return parts;
}

