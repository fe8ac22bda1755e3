// Pure rendering of the findings: each finding, its fixes and its evidence. Report data in,
// DOM nodes out; no state, no listeners, no diagnosis.

import { h } from './dom.js';
import * as messages from './messages.js';
import {
  formatErrorCode,
  formatScalar,
  humanizeKey,
  isScalar,
  shellName,
  stateOf,
  whereText,
} from './format.js';
import { isProblem, renderBadge, srText } from './render.js';

// ---------------------------------------------------------------- findings

/** Findings shown at once: problems and whatever explains the user's error code. */
export function isLeading(finding) {
  return isProblem(finding) || finding.explains_error_code === true;
}

/**
 * All findings, in the backend's order. Those that are not problems get data-group="more" and
 * are folded behind the "what works" toggle by CSS.
 */
export function renderFindings(report) {
  const errorCodeText = formatErrorCode(report.error_code);
  const findings = report.findings || [];
  const items = findings.map((finding, index) =>
    renderFinding(finding, index, { errorCodeText }),
  );
  const more = findings.filter((f) => !isLeading(f));
  return {
    items,
    leadingCount: findings.length - more.length,
    moreCount: more.length,
    moreOk: more.filter((f) => f.severity === 'ok').length,
  };
}

export function renderFinding(finding, index, { errorCodeText = '' } = {}) {
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
        group: isLeading(finding) ? 'main' : 'more',
        audience: finding.audience,
      },
    },
    h('h3', { class: 'finding-heading' }, toggle),
    h(
      'div',
      { class: 'finding-panel', id: panelId, hidden: true },
      renderFindingPanel(finding),
    ),
  );
}

function renderFindingPanel(finding) {
  const parts = [];
  if (finding.detail) parts.push(h('p', { class: 'finding-detail' }, finding.detail));
  if (isProblem(finding)) {
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
        fixes.map((fix) => renderFix(fix)),
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

/** The label of a fix's button by its kind; null for advice (no button). */
export function fixButtonLabel(fix) {
  switch (fix.kind) {
    case 'open_uri':
      return fix.title;
    case 'launch_client':
      return messages.CONNECT_BY_ADDRESS;
    case 'copy_command':
      return fix.audience === 'user' ? messages.COPY_COMMAND : messages.COPY_COMMAND_FOR_IT;
    case 'run_on_this_computer':
      return fix.title;
    default:
      return null;
  }
}

export function renderFixButton(fix) {
  const label = fixButtonLabel(fix);
  if (!label) return null;
  return h(
    'button',
    {
      type: 'button',
      class: 'fix-button',
      dataset: { fixId: fix.id, fixKind: fix.kind },
    },
    label,
  );
}

export function renderFix(fix) {
  const button = renderFixButton(fix);
  const isCopy = fix.kind === 'copy_command';
  const showTitle = fix.kind !== 'open_uri';
  return h(
    'div',
    { class: 'fix', dataset: { fixKind: fix.kind, fix: fix.id } },
    showTitle ? h('h5', { class: 'fix-title' }, fix.title) : null,
    isCopy
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
    isCopy ? (fix.commands || []).map((command, i) => renderCommand(command, i, fix.commands.length)) : null,
    fix.id === 'fix.wake_on_lan' ? renderWakeForm() : null,
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

