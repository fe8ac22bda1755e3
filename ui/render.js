// Pure rendering: report data in, DOM nodes out. No state, no listeners, no diagnosis —
// everything shown here comes from the backend's report; this file only decides how it looks.

import { h, svg } from './dom.js';
import {
  formatDateTime,
  formatDuration,
  formatErrorCode,
  formatScalar,
  formatSeconds,
  formatTarget,
  humanizeKey,
  isScalar,
  sampleTime,
  sampleWords,
  shellName,
  shortWebAddress,
  stateOf,
  targetFile,
  verdictOf,
  whereText,
} from './format.js';

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
  if (!summary && status === 'running') summary = active ? 'Checking now…' : 'Waiting for its turn…';
  if (!summary && (status === 'cancelled' || status === 'stopped')) summary = 'This step did not finish.';
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
    time ? [srText(', '), h('span', { class: 'check-time' }, h('span', { class: 'sr-only' }, 'took '), time)] : null,
  );
}

/** Words only screen readers hear, e.g. the pause between a label and its status. */
function srText(text) {
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
    target: file ? `${target} (from ${file})` : target || 'Not understood',
    time: formatDateTime(report.started_at),
    errorCode: formatErrorCode(report.error_code),
  };
}

/** The summary banner's content for a finished report. */
export function renderReportBanner(report) {
  const v = verdictOf(report.verdict);
  const problems = (report.findings || []).filter(isProblem).length;
  // Only a target the backend understood is named: bad input is explained by the finding.
  const target = report.target ? formatTarget(report.target, '') : '';
  const took = formatDuration(report.duration_ms);
  let sub = target ? `Checked ${target}${took ? ` in ${took}` : ''}.` : '';
  if (problems > 0) sub += `${sub ? ' ' : ''}Open a result for the details and what to do.`;
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
        { type: 'button', id: 'support-page', class: 'org-part org-web', title: `Open ${support.web}` },
        shortWebAddress(support.web),
      ),
    );
  }
  const joined = help.flatMap((node, i) => (i === 0 ? [node] : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), node]));
  const name = org.name ? h('strong', { class: 'org-name' }, org.name) : null;
  if (name && joined.length) return ['Checked for ', name, ' — help: ', joined];
  if (name) return ['Checked for ', name];
  if (joined.length) return ['Help: ', joined];
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
      title: preset.kind === 'rdp_file' ? 'Check the connection in the Remote Desktop file from IT' : null,
    },
    // One flex item, so "Check" and the name read as one phrase.
    h('span', null, 'Check ', h('span', { class: 'preset-name' }, preset.label)),
  );
}

// ---------------------------------------------------------------- findings

/** Findings shown at once: problems and whatever explains the user's error code. */
export function isProblem(finding) {
  return finding.severity === 'fail' || finding.severity === 'warn';
}

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
    ? h('span', { class: 'chip' }, errorCodeText ? `Explains ${errorCodeText}` : 'Explains your error')
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
        h('span', { class: 'who-label' }, 'Who can fix it: '),
        finding.audience === 'it' ? 'your IT department' : 'you, on this computer',
      ),
    );
  }
  const fixes = finding.fixes || [];
  if (fixes.length > 0) {
    parts.push(
      h(
        'div',
        { class: 'fixes' },
        h('h4', { class: 'section-label' }, fixes.length > 1 ? 'How to fix it (choose one)' : 'How to fix it'),
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
        h('h4', { class: 'section-label' }, 'Facts for IT', h('span', { class: 'finding-id' }, finding.id)),
        evidence,
      ),
    );
  } else {
    parts.push(h('p', { class: 'finding-id-line' }, 'Reference: ', h('span', { class: 'finding-id' }, finding.id)));
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
      return 'Connect by address';
    case 'copy_command':
      return fix.audience === 'user' ? 'Copy command' : 'Copy command for IT';
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
      ? h('p', { class: 'fix-where' }, h('span', { class: 'who-label' }, 'Run on: '), whereText(fix))
      : null,
    fix.steps ? h('p', { class: 'fix-steps' }, fix.steps) : null,
    fix.risk
      ? h(
          'p',
          { class: 'fix-risk', role: 'note' },
          h('span', { class: 'badge badge-small', 'aria-hidden': 'true', dataset: { status: 'warn' } }, '!'),
          h('span', null, h('strong', null, 'Be aware: '), fix.risk),
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
    h('label', { for: 'wake-mac' }, 'The PC’s network card address (MAC), if you know it'),
    h(
      'div',
      { class: 'fix-actions' },
      h('input', {
        id: 'wake-mac',
        type: 'text',
        autocapitalize: 'off',
        autocorrect: 'off',
        spellcheck: 'false',
        placeholder: 'e.g. 00-1A-2B-3C-4D-5E',
      }),
      h('button', { type: 'button', class: 'fix-button', id: 'wake-pc' }, 'Wake the PC'),
      h('span', { class: 'fix-result', id: 'wake-result' }),
    ),
  );
}

function renderCommand(command, index, count) {
  const label = count > 1 ? `${shellName(command.shell)} (option ${index + 1})` : shellName(command.shell);
  return h(
    'div',
    { class: 'command', dataset: { shell: command.shell } },
    h('p', { class: 'command-label' }, label),
    h('pre', { class: 'command-text' }, h('code', null, command.text)),
    command.undo
      ? [
          h('p', { class: 'command-label command-undo-label' }, 'To undo it later'),
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

// ---------------------------------------------------------------- watching the connection

/** The plot's drawing box (SVG user units); the SVG scales to its card's width. */
const PLOT = { width: 480, height: 64, left: 46, right: 8, top: 6, baseline: 46, axisText: 60 };
/** Upper ends of the time scale: the smallest one that holds the slowest connect is used. */
const SCALE_MS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 30000, 60000];
/** A short watch still spreads over this many one-second slots, so its bars stay slim. */
const MIN_SLOTS = 12;

function scaleTop(samples) {
  const slowest = Math.max(0, ...samples.filter((s) => !s.failure).map((s) => Number(s.connect_ms) || 0));
  return SCALE_MS.find((top) => top >= slowest) || Math.ceil(slowest / 1000) * 1000;
}

/**
 * The latency plot's content for `samples` ({at_ms, connect_ms, reply_ms, failure}): one mark
 * per sample (`g.watch-mark`, a bar as tall as the time to connect, or a red cross for a failed
 * try), each with a <title>, over a scale and a time axis of `seconds`. Returns the nodes and
 * the plot's summary in words (its accessible name).
 */
export function renderWatchPlot(samples, { seconds = 30 } = {}) {
  const list = Array.isArray(samples) ? samples : [];
  const lastSecond = list.reduce((m, s) => Math.max(m, Math.floor((Number(s.at_ms) || 0) / 1000)), 0);
  const slots = Math.max(MIN_SLOTS, Math.round(seconds) || 0, lastSecond + 1);
  const plotW = PLOT.width - PLOT.left - PLOT.right;
  const plotH = PLOT.baseline - PLOT.top;
  const slotW = plotW / slots;
  const barW = Math.min(14, Math.max(1, slotW * 0.62));
  const top = scaleTop(list);
  const summary = watchPlotSummary(list);
  const r = (n) => Math.round(n * 100) / 100;

  const nodes = [
    svg('title', null, summary),
    svg('line', { class: 'watch-grid', x1: PLOT.left, x2: PLOT.width - PLOT.right, y1: PLOT.top, y2: PLOT.top }),
    svg('line', { class: 'watch-axis', x1: PLOT.left, x2: PLOT.width - PLOT.right, y1: PLOT.baseline, y2: PLOT.baseline }),
    svg('text', { class: 'watch-scale', x: PLOT.left - 6, y: PLOT.top + 4, 'text-anchor': 'end' }, formatDuration(top)),
    svg('text', { class: 'watch-scale', x: PLOT.left - 6, y: PLOT.baseline + 4, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'watch-scale', x: PLOT.left, y: PLOT.axisText, 'text-anchor': 'start' }, '0 s'),
    svg(
      'text',
      { class: 'watch-scale', x: PLOT.width - PLOT.right, y: PLOT.axisText, 'text-anchor': 'end' },
      formatSeconds(slots),
    ),
  ];

  list.forEach((sample, index) => {
    const second = Math.floor((Number(sample.at_ms) || 0) / 1000);
    const cx = PLOT.left + (second + 0.5) * slotW;
    const label = `Try ${index + 1}, ${sampleTime(sample)}: ${sampleWords(sample)}`;
    if (sample.failure) {
      const size = Math.min(5, Math.max(2.5, slotW * 0.4));
      const cy = PLOT.top + plotH / 2;
      nodes.push(
        svg(
          'g',
          { class: 'watch-mark watch-mark-fail', dataset: { index, status: 'fail' } },
          svg('title', null, label),
          svg('rect', {
            class: 'watch-fail-band',
            x: r(cx - Math.max(slotW * 0.45, 1.5)),
            y: PLOT.top,
            width: r(Math.max(slotW * 0.9, 3)),
            height: plotH,
          }),
          svg('path', {
            class: 'watch-fail-cross',
            d: `M${r(cx - size)} ${r(cy - size)}L${r(cx + size)} ${r(cy + size)}M${r(cx + size)} ${r(cy - size)}L${r(cx - size)} ${r(cy + size)}`,
          }),
        ),
      );
      return;
    }
    const ms = Number(sample.connect_ms) || 0;
    const height = Math.max(3, Math.min(plotH, (ms / top) * plotH));
    nodes.push(
      svg(
        'g',
        { class: 'watch-mark watch-mark-ok', dataset: { index, status: 'ok' } },
        svg('title', null, label),
        svg('rect', {
          class: 'watch-bar',
          x: r(cx - barW / 2),
          y: r(PLOT.baseline - height),
          width: r(barW),
          height: r(height),
          rx: r(Math.min(2, barW / 3)),
        }),
      ),
    );
  });
  return { nodes, summary, viewBox: `0 0 ${PLOT.width} ${PLOT.height}` };
}

/** The plot in words: how many tries, how fast, which failed. */
export function watchPlotSummary(samples) {
  const list = Array.isArray(samples) ? samples : [];
  if (list.length === 0) return 'Time to connect for each try: no tries yet.';
  const worked = list.filter((s) => !s.failure);
  const failed = list.filter((s) => s.failure);
  const tries = list.length === 1 ? 'the 1 try' : `each of ${list.length} tries`;
  const parts = [`Time to connect for ${tries}`];
  if (worked.length > 0) {
    const times = worked.map((s) => Number(s.connect_ms) || 0);
    const fastest = formatDuration(Math.min(...times));
    const slowest = formatDuration(Math.max(...times));
    parts.push(
      fastest === slowest
        ? `${worked.length} worked, each in ${fastest}`
        : `${worked.length} worked, in ${fastest} to ${slowest}`,
    );
  }
  if (failed.length === 0) {
    parts.push('none failed');
  } else {
    const shown = failed.slice(0, 4).map((s) => `${sampleTime(s)}: ${s.failure}`);
    const more = failed.length > shown.length ? `; and ${failed.length - shown.length} more` : '';
    parts.push(`${failed.length} failed (${shown.join('; ')}${more})`);
  }
  return `${parts[0]}: ${parts.slice(1).join(', ')}.`;
}

/** The one line under the plot when watching has finished: the quality finding's title. */
export function renderWatchResult(finding) {
  const severity = finding.severity;
  return [
    renderBadge(severity, 'badge-small'),
    h('span', { class: 'sr-only' }, `${stateOf(severity).word}: `),
    h('span', { class: 'watch-result-text' }, finding.title),
  ];
}
