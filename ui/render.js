// Pure rendering: report data in, DOM nodes out. No state, no listeners, no diagnosis —
// everything shown here comes from the backend's report; this file only decides how it looks.

import { h } from './dom.js';
import {
  formatDateTime,
  formatDuration,
  formatErrorCode,
  formatTarget,
  shortWebAddress,
  stateOf,
  targetFile,
  verdictOf,
} from './format.js';
import { messages } from './messages.js';

/** The round icon of a state; a spinner while running. Decorative: the word says it too. */
export function renderBadge(status, extraClass) {
  const state = stateOf(status);
  const cls = extraClass ? `badge ${extraClass}` : 'badge';
  if (status === 'running') {
    return h('span', { class: `${cls} spinner`, 'aria-hidden': 'true', dataset: { status } });
  }
  return h('span', { class: cls, 'aria-hidden': 'true', dataset: { status } }, state.icon);
}

// ---------------------------------------------------------------- checklist rows

/**
 * One checklist row. `row` is the backend's row ({area, label, status, summary, duration_ms});
 * `status` may also be "running" (planned or started), "cancelled" or "stopped".
 */
export function renderCheckRow(row, { active = false } = {}) {
  const status = row.status || 'running';
  const state = stateOf(status);
  const time = formatDuration(row.duration_ms);
  let summary = row.summary || '';
  if (!summary && status === 'running') summary = active ? messages.CHECKING_NOW : messages.WAITING_TURN;
  if (!summary && (status === 'cancelled' || status === 'stopped')) summary = messages.STEP_NOT_FINISHED;
  return h(
    'li',
    {
      class: 'check',
      dataset: { area: row.area, status, active: status === 'running' && active ? 'true' : null },
    },
    renderBadge(status),
    h('span', { class: 'check-label' }, row.label || row.area),
    srText(': '),
    h('span', { class: 'check-word word', dataset: { status } }, state.word),
    summary ? [srText('. '), h('span', { class: 'check-summary' }, summary)] : null,
    time ? [srText(', '), h('span', { class: 'check-time' }, h('span', { class: 'sr-only' }, messages.TOOK), time)] : null,
  );
}

/** Words only screen readers hear, e.g. the pause between a label and its status. */
export function srText(text) {
  return h('span', { class: 'sr-only' }, text);
}

/** The grey "Checking…" row of a plan entry ({area, label}). */
export function renderPlanRow(entry, options) {
  return renderCheckRow({ area: entry.area, label: entry.label, status: 'running' }, options);
}

// ---------------------------------------------------------------- header and banner

/** Icon + word of the overall verdict, for the header. */
export function renderVerdictPill(verdict) {
  const v = verdictOf(verdict);
  const badge =
    verdict === 'running'
      ? h('span', { class: 'badge spinner', 'aria-hidden': 'true', dataset: { status: 'running' } })
      : h('span', { class: 'badge', 'aria-hidden': 'true', dataset: { status: badgeStatus(verdict) } }, v.icon);
  return [badge, h('span', { class: 'word' }, v.word)];
}

function badgeStatus(verdict) {
  if (verdict === 'cancelled' || verdict === 'none') return 'skipped';
  if (verdict === 'error') return 'fail';
  return verdict;
}

/** The facts of the header: which computer, when, which error code. */
export function headerFacts(report) {
  const file = targetFile(report.target);
  const target = formatTarget(report.target, report.input);
  return {
    target: file ? messages.targetFromFile(target, file) : target || messages.NOT_UNDERSTOOD,
    time: formatDateTime(report.started_at),
    errorCode: formatErrorCode(report.error_code),
  };
}

/** The summary banner's content for a finished report; `view` (engine::page) counts its problems. */
export function renderReportBanner(report, view) {
  const v = verdictOf(report.verdict);
  const problems = view ? view.findings.filter((f) => f.problem).length : 0;
  // Only a target the backend understood is named: bad input is explained by the finding.
  const target = report.target ? formatTarget(report.target, '') : '';
  const took = formatDuration(report.duration_ms);
  let sub = target ? messages.checkedTarget(target, took) : '';
  if (problems > 0) sub += `${sub ? ' ' : ''}${messages.OPEN_A_RESULT}`;
  return renderBanner(report.verdict, v.word, report.summary, sub);
}

/** Banner content: big icon, the verdict word, one plain sentence and an optional small line. */
export function renderBanner(verdict, word, sentence, sub) {
  const badge =
    verdict === 'running'
      ? h('span', { class: 'badge badge-large spinner', 'aria-hidden': 'true', dataset: { status: 'running' } })
      : h(
          'span',
          { class: 'badge badge-large', 'aria-hidden': 'true', dataset: { status: badgeStatus(verdict) } },
          verdictOf(verdict).icon,
        );
  return [
    badge,
    h(
      'div',
      { class: 'banner-text' },
      h('p', { class: 'banner-word word', dataset: { status: badgeStatus(verdict) } }, word),
      h('p', { id: 'summary-text', class: 'banner-sentence' }, sentence),
      sub ? h('p', { class: 'banner-sub' }, sub) : null,
    ),
  ];
}

// ---------------------------------------------------------------- IT's organisation

/**
 * The header line from IT's config: "Checked for <org> — help: name · e-mail · phone · web".
 * The web page is a button (the backend opens the page the config names); the rest is text to
 * read, copy, or see in a screenshot attached to a ticket.
 */
export function renderOrganisation(org) {
  if (!org) return [];
  const support = org.support || {};
  const help = [support.name, support.email, support.phone]
    .filter(Boolean)
    .map((part) => h('span', { class: 'org-part' }, part));
  if (support.web) {
    help.push(
      h(
        'button',
        { type: 'button', id: 'support-page', class: 'org-part org-web', title: messages.openWebPage(support.web) },
        shortWebAddress(support.web),
      ),
    );
  }
  const joined = help.flatMap((node, i) => (i === 0 ? [node] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), node]));
  const name = org.name ? h('strong', { class: 'org-name' }, org.name) : null;
  if (name && joined.length) return [messages.CHECKED_FOR, name, messages.HELP_AFTER_NAME, joined];
  if (name) return [messages.CHECKED_FOR, name];
  if (joined.length) return [messages.HELP, joined];
  return [];
}

/** A one-click check from IT's config: "Check pc042.corp.example" or "Check office.rdp". */
export function renderPresetButton(preset, index) {
  return h(
    'button',
    {
      type: 'button',
      class: 'button preset',
      dataset: { presetIndex: index, kind: preset.kind },
      title: preset.kind === 'rdp_file' ? messages.PRESET_FILE_TITLE : null,
    },
    // One flex item, so "Check" and the name read as one phrase.
    h('span', null, messages.PRESET_CHECK, h('span', { class: 'preset-name' }, preset.label)),
  );
}
