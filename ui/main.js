// RDP Doctor's window: wires the form, the backend's progress events and the buttons to the
// pure renderers in render.js. Holds no diagnosis: it shows what the backend sends.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import {
  baseName,
  formatAttempts,
  formatDateTime,
  formatSeconds,
  PLATFORMS,
  sampleTime,
  sampleWords,
  verdictOf,
} from './format.js';
import * as render from './render.js';

const $ = (id) => document.getElementById(id);

const ui = {
  body: document.body,
  form: $('check-form'),
  target: $('target'),
  errorCode: $('error-code'),
  errorCodeOther: $('error-code-other'),
  runButton: $('run-check'),
  cancelButton: $('cancel-check'),
  runActions: $('run-actions'),
  pickButton: $('pick-file'),
  hostButton: $('check-host'),
  emptyState: $('empty-state'),
  bannerRow: $('banner-row'),
  banner: $('summary-banner'),
  reportActions: $('report-actions'),
  copyButton: $('copy-report'),
  saveButton: $('save-report'),
  sendButton: $('send-to-it'),
  headerOrg: $('header-org'),
  configNotice: $('config-notice'),
  configNoticeText: $('config-notice-text'),
  presets: $('presets'),
  presetButtons: $('preset-buttons'),
  results: $('results'),
  checklist: $('checklist'),
  checklistPlaceholder: $('checklist-placeholder'),
  findings: $('findings'),
  findingsPlaceholder: $('findings-placeholder'),
  toggleMore: $('toggle-more'),
  toggleMoreLabel: $('toggle-more-label'),
  status: $('status'),
  dialog: $('confirm-dialog'),
  dialogTitle: $('confirm-title'),
  dialogBody: $('confirm-body'),
  dialogOk: $('confirm-ok'),
  dialogCancel: $('confirm-cancel'),
  dropHint: $('drop-hint'),
  headerTarget: $('header-target'),
  headerTime: $('header-time'),
  headerErrorCodeFact: $('header-error-code-fact'),
  headerErrorCode: $('header-error-code'),
  headerVerdict: $('header-verdict'),
  appVersion: $('app-version'),
  appPlatform: $('app-platform'),
  watchSection: $('watch-section'),
  watchIntro: $('watch-intro'),
  watchDuration: $('watch-duration'),
  watchStart: $('watch-start'),
  watchStop: $('watch-stop'),
  watchPanel: $('watch-panel'),
  watchCount: $('watch-count'),
  watchTime: $('watch-time'),
  watchLast: $('watch-last'),
  watchPlot: $('watch-plot'),
  watchResult: $('watch-result'),
};

/** The run in progress, or null. */
let run = null;
let runSeq = 0;
/** The last finished report: the one run_fix, copy_report and save_report act on. */
let currentReport = null;
let fixesById = new Map();
let appVersionKnown = false;
/** The watch in progress ({ id, seconds, samples, attempts, failed, stopRequested, done }), or null. */
let watch = null;
let watchSeq = 0;

// ------------------------------------------------------------------ header

function setHeader({ target, time, errorCode, verdict }) {
  if (target !== undefined) ui.headerTarget.textContent = target || '—';
  if (time !== undefined) ui.headerTime.textContent = time || '—';
  if (errorCode !== undefined) {
    ui.headerErrorCode.textContent = errorCode || '';
    ui.headerErrorCodeFact.hidden = !errorCode;
  }
  if (verdict !== undefined) {
    ui.headerVerdict.dataset.verdict = verdict;
    replaceChildren(ui.headerVerdict, render.renderVerdictPill(verdict));
    const word = verdictOf(verdict).word;
    const who = ui.headerTarget.textContent;
    document.title = verdict === 'none' ? 'RDP Doctor' : `RDP Doctor — ${who} — ${word}`;
  }
}

// ------------------------------------------------------------------ status line

let statusTimer = 0;
let fadeTimer = 0;
const STATUS_VISIBLE_MS = 8000;

/**
 * One sentence in the status line (announced politely). tone: "info" | "error". `quiet` keeps
 * it for screen readers only, when the same sentence is already shown next to the button.
 */
function setStatus(message, tone = 'info', quiet = false) {
  window.clearTimeout(statusTimer);
  window.clearTimeout(fadeTimer);
  ui.status.textContent = '';
  ui.status.dataset.tone = tone;
  ui.status.dataset.faded = quiet ? 'true' : 'false';
  if (!message) return;
  // Cleared first and set a moment later, so the same sentence twice is announced twice.
  statusTimer = window.setTimeout(() => {
    ui.status.textContent = message;
    // The sentence stays in the status line (for screen readers and tests) but stops covering
    // the page after a while.
    fadeTimer = window.setTimeout(() => {
      ui.status.dataset.faded = 'true';
    }, STATUS_VISIBLE_MS);
  }, 30);
}

// ------------------------------------------------------------------ form

function readErrorCode() {
  const value = ui.errorCode.value;
  if (!value) return null;
  if (value === 'other') {
    const typed = ui.errorCodeOther.value.trim();
    return typed || null;
  }
  return value;
}

function onErrorCodeChange() {
  const other = ui.errorCode.value === 'other';
  ui.errorCodeOther.hidden = !other;
  if (other) ui.errorCodeOther.focus();
}

function setRunning(running) {
  if (running) ui.body.dataset.state = 'running';
  ui.runButton.disabled = running;
  ui.pickButton.disabled = running;
  ui.hostButton.disabled = running;
  setPresetsDisabled(running);
  ui.cancelButton.hidden = !running;
  ui.runActions.hidden = !running;
  ui.cancelButton.disabled = false;
  ui.cancelButton.textContent = 'Cancel';
  if (!running && document.activeElement && (document.activeElement === ui.cancelButton || document.activeElement === document.body)) {
    ui.runButton.focus();
  }
}

// ------------------------------------------------------------------ running a check

/**
 * source: { kind: 'typed', target } | { kind: 'file', path } | { kind: 'host' }
 *       | { kind: 'preset', index, label, file } (a check from IT's config, run by index)
 */
async function startCheck(source) {
  if (run) {
    setStatus('A check is already running. Wait for it to finish, or press Cancel.');
    return;
  }
  if (watch) {
    setStatus(WATCH_BUSY);
    return;
  }
  const host = source.kind === 'host';
  const errorCode = host ? '' : readErrorCode();
  const id = ++runSeq;
  run = { id, rows: new Map(), active: new Set(), cancelRequested: false, reportShown: false, typed: source.kind === 'typed' };
  currentReport = null;
  fixesById = new Map();
  resetWatch();
  const shownTarget = host
    ? 'This PC (as a Remote Desktop host)'
    : source.kind === 'file'
      ? `${baseName(source.path)} (Remote Desktop file)`
      : source.kind === 'preset'
        ? source.file
          ? `${source.label} (Remote Desktop file)`
          : source.label
        : source.target.trim();

  setStatus('');
  setRunning(true);
  setHeader({ target: shownTarget || '—', time: formatDateTime(new Date()), errorCode: errorCode || '', verdict: 'running' });
  ui.emptyState.hidden = true;
  ui.bannerRow.hidden = false;
  ui.reportActions.hidden = true;
  ui.results.hidden = false;
  ui.banner.dataset.verdict = 'running';
  replaceChildren(
    ui.banner,
    render.renderBanner(
      'running',
      'Checking…',
      host
        ? 'Checking this PC’s Remote Desktop settings, service, firewall, certificate, sleep settings and sessions.'
        : shownTarget
          ? `Checking the connection to ${shownTarget}.`
          : 'Checking the connection.',
      'This usually takes a few seconds. Nothing is changed on any computer.',
    ),
  );
  replaceChildren(ui.checklist);
  updateChecklistPlaceholder('Starting…');
  clearFindings('The results appear here when the check is done.');

  const onEvent = (message) => {
    if (!run || run.id !== id) return; // a late event from an older run
    handleEvent(message);
  };

  try {
    const report =
      host
        ? await api.runHostCheck(onEvent)
        : source.kind === 'file'
          ? await api.runCheckRdpFile(source.path, errorCode, onEvent)
          : source.kind === 'preset'
            ? await api.runPreset(source.index, errorCode, onEvent)
            : await api.runCheck(source.target, errorCode, onEvent);
    if (!run || run.id !== id) return;
    showReport(report);
  } catch (error) {
    if (!run || run.id !== id) return;
    const err = api.normalizeError(error);
    if (err.code === 'cancelled') showCancelled();
    else showError(err);
  } finally {
    if (run && run.id === id) {
      run = null;
      setRunning(false);
    }
  }
}

function handleEvent(message) {
  if (!message || typeof message !== 'object') return;
  switch (message.event) {
    case 'plan':
      // A typed link or command line as the report names it: without any password in it.
      if (run.typed && message.shown) setHeader({ target: message.shown });
      run.rows = new Map();
      for (const entry of message.rows || []) {
        run.rows.set(entry.area, { area: entry.area, label: entry.label, status: 'running' });
      }
      replaceChildren(ui.checklist, [...run.rows.values()].map((row) => render.renderCheckRow(row)));
      updateChecklistPlaceholder('');
      break;
    case 'started': {
      run.active.add(message.area);
      const row = run.rows.get(message.area);
      if (row && row.status === 'running') putRow(row);
      break;
    }
    case 'row':
      if (message.row && message.row.area) {
        run.active.delete(message.row.area);
        run.rows.set(message.row.area, message.row);
        putRow(message.row);
      }
      break;
    case 'finished':
      if (message.report) showReport(message.report);
      break;
    default:
      break;
  }
}

/** Replaces (or appends) the row's <li>, so the live region announces just that row. */
function putRow(row) {
  const active = run ? run.active.has(row.area) : false;
  const node = render.renderCheckRow(row, { active });
  const existing = findRow(row.area);
  if (existing) {
    if (sameRow(existing, node)) return;
    existing.replaceWith(node);
  } else {
    ui.checklist.append(node);
    updateChecklistPlaceholder('');
  }
}

function updateChecklistPlaceholder(text) {
  const empty = ui.checklist.children.length === 0;
  ui.checklistPlaceholder.hidden = !empty;
  if (empty) ui.checklistPlaceholder.textContent = text;
}

function findRow(area) {
  return [...ui.checklist.children].find((li) => li.dataset.area === area) || null;
}

function sameRow(a, b) {
  return a.dataset.status === b.dataset.status && a.dataset.active === b.dataset.active && a.textContent === b.textContent;
}

function showReport(report) {
  if (!report || typeof report !== 'object') return;
  if (run) {
    if (run.reportShown) return;
    run.reportShown = true;
    run.active.clear();
  }
  currentReport = report;
  fixesById = new Map();
  for (const finding of report.findings || []) {
    for (const fix of finding.fixes || []) fixesById.set(fix.id, fix);
  }

  // Checklist: the report's rows are the truth; unchanged rows are left alone.
  for (const row of report.checks || []) {
    if (run) run.rows.set(row.area, row);
    putRow(row);
  }
  // A planned row the report does not mention must not spin forever.
  markUnfinishedRows('stopped');

  const facts = render.headerFacts(report);
  setHeader({ target: facts.target, time: facts.time, errorCode: facts.errorCode, verdict: report.verdict });
  if (!appVersionKnown && report.tool && report.tool.version) ui.appVersion.textContent = report.tool.version;

  ui.banner.dataset.verdict = report.verdict;
  replaceChildren(ui.banner, render.renderReportBanner(report));
  ui.reportActions.hidden = false;
  ui.body.dataset.state = 'done';

  showFindings(report);
  ui.watchSection.hidden = !canWatch(report);
}

function showCancelled() {
  ui.body.dataset.state = 'cancelled';
  markUnfinishedRows('cancelled');
  setHeader({ verdict: 'cancelled' });
  ui.banner.dataset.verdict = 'cancelled';
  replaceChildren(
    ui.banner,
    render.renderBanner('cancelled', 'Cancelled', 'You stopped the check before it finished.', 'Nothing was changed. Press Check connection to start again.'),
  );
  clearFindings('The check was cancelled, so there are no results.');
  updateChecklistPlaceholder('The check was cancelled before any step ran.');
  setStatus('The check was cancelled.');
}

function showError(err) {
  ui.body.dataset.state = 'error';
  markUnfinishedRows('stopped');
  setHeader({ verdict: 'error' });
  ui.banner.dataset.verdict = 'error';
  const badCode = err.code === 'bad_error_code';
  replaceChildren(
    ui.banner,
    render.renderBanner(
      'error',
      badCode ? 'Please check the error code' : 'The check did not finish',
      err.message,
      badCode
        ? 'Or choose None if you did not see a code.'
        : 'Please try again. If it keeps happening, send a screenshot of this window to your IT department.',
    ),
  );
  if (badCode) {
    window.setTimeout(() => {
      const field = ui.errorCodeOther.hidden ? ui.errorCode : ui.errorCodeOther;
      field.focus();
    }, 0);
  }
  clearFindings('The check did not finish, so there are no results.');
  updateChecklistPlaceholder('The check stopped before any step ran.');
}

function markUnfinishedRows(status) {
  if (!run) return;
  for (const [area, row] of run.rows) {
    if (row.status === 'running') {
      const updated = { ...row, status, summary: '' };
      run.rows.set(area, updated);
      run.active.delete(area);
      putRow(updated);
    }
  }
}


// ------------------------------------------------------------------ watching the connection

const WATCH_BUSY = 'RDP Doctor is watching the connection. Press Stop watching first.';

/** Watching makes sense once the Remote Desktop port answered. */
function canWatch(report) {
  if (report && report.kind === 'host') return false;
  const reach = (report && report.evidence && report.evidence.reach) || [];
  return reach.some((t) => t && t.outcome && t.outcome.kind === 'open');
}

/** A new check: the old watch's plot belongs to the old report. */
function resetWatch() {
  ui.watchSection.hidden = true;
  ui.watchSection.dataset.watching = 'false';
  ui.watchPanel.hidden = true;
  ui.watchIntro.hidden = false;
  ui.watchResult.hidden = true;
  ui.watchTime.textContent = '';
  replaceChildren(ui.watchResult);
  drawWatch([], 30);
}

function setWatching(watching) {
  const stopHadFocus = document.activeElement === ui.watchStop;
  const startHadFocus = document.activeElement === ui.watchStart;
  ui.body.dataset.watching = watching ? 'true' : 'false';
  ui.watchSection.dataset.watching = watching ? 'true' : 'false';
  ui.watchStart.hidden = watching;
  ui.watchStop.hidden = !watching;
  ui.watchStop.disabled = false;
  ui.watchStop.textContent = 'Stop watching';
  ui.watchDuration.disabled = watching;
  ui.runButton.disabled = watching;
  ui.pickButton.disabled = watching;
  ui.hostButton.disabled = watching;
  setPresetsDisabled(watching);
  const lost = document.activeElement === document.body || document.activeElement === null;
  if (watching && (startHadFocus || lost)) ui.watchStop.focus();
  if (!watching && (stopHadFocus || lost)) ui.watchStart.focus();
}

async function startWatch() {
  if (run || watch) return;
  if (!currentReport) {
    showWatchOutcome('Run a check first, then watch its connection.', 'error');
    return;
  }
  const seconds = Math.max(1, Math.round(Number(ui.watchDuration.value) || 30));
  const id = ++watchSeq;
  watch = { id, seconds, samples: [], attempts: 0, failed: 0, stopRequested: false, done: false };

  setStatus('');
  ui.watchIntro.hidden = true;
  ui.watchPanel.hidden = false;
  ui.watchResult.hidden = true;
  replaceChildren(ui.watchResult);
  setWatchCount(0, 0);
  ui.watchTime.textContent = `${formatSeconds(seconds)} left`;
  ui.watchLast.textContent = 'Trying the connection once a second…';
  drawWatch([], seconds);
  setWatching(true);

  const onEvent = (message) => {
    if (!watch || watch.id !== id) return; // a late event from an older watch
    handleWatchEvent(message);
  };
  try {
    const report = await api.watchConnection(seconds, onEvent);
    if (!watch || watch.id !== id) return;
    finishWatch(report);
  } catch (error) {
    if (!watch || watch.id !== id) return;
    const err = api.normalizeError(error);
    if (err.code === 'cancelled') showWatchStopped();
    else showWatchError(err);
  } finally {
    if (watch && watch.id === id) {
      watch = null;
      setWatching(false);
    }
  }
}

function stopWatch() {
  if (!watch || watch.stopRequested) return;
  watch.stopRequested = true;
  ui.watchStop.disabled = true;
  ui.watchStop.textContent = 'Stopping…';
  api.cancelCheck().catch((error) => {
    if (watch) {
      watch.stopRequested = false;
      ui.watchStop.disabled = false;
      ui.watchStop.textContent = 'Stop watching';
    }
    setStatus(`Watching could not be stopped: ${api.normalizeError(error).message}`, 'error');
  });
}

function handleWatchEvent(message) {
  if (!message || typeof message !== 'object') return;
  if (message.event === 'sample' && message.sample) {
    watch.samples.push(message.sample);
    watch.attempts = Number(message.attempts) || watch.samples.length;
    watch.failed = Number(message.failed) || 0;
    setWatchCount(watch.attempts, watch.failed);
    const left = watch.seconds - Math.floor((Number(message.sample.at_ms) || 0) / 1000) - 1;
    ui.watchTime.textContent = left > 0 ? `${formatSeconds(left)} left` : 'Finishing…';
    ui.watchLast.textContent = `Last try, ${sampleTime(message.sample)}: ${sampleWords(message.sample)}.`;
    drawWatch(watch.samples, watch.seconds);
  } else if (message.event === 'finished' && message.report) {
    finishWatch(message.report);
  }
}

function setWatchCount(attempts, failed) {
  ui.watchCount.dataset.attempts = String(attempts);
  ui.watchCount.dataset.failed = String(failed);
  ui.watchCount.textContent = formatAttempts(attempts, failed);
}

function drawWatch(samples, seconds) {
  const plot = render.renderWatchPlot(samples, { seconds });
  ui.watchPlot.setAttribute('viewBox', plot.viewBox);
  ui.watchPlot.setAttribute('aria-label', plot.summary);
  ui.watchPlot.dataset.samples = String(samples.length);
  replaceChildren(ui.watchPlot, plot.nodes);
  ui.watchPanel.dataset.empty = samples.length === 0 ? 'true' : 'false';
}

/** The report diagnosed again with the samples: shown exactly like a check's. */
function finishWatch(report) {
  if (!watch || watch.done || !report || typeof report !== 'object') return;
  watch.done = true;
  showReport(report);
  const watched = report.evidence && report.evidence.watch;
  const samples = watched && Array.isArray(watched.samples) ? watched.samples : watch.samples;
  const failed = samples.filter((s) => s.failure).length;
  setWatchCount(samples.length, failed);
  drawWatch(samples, watch.seconds);
  const last = samples[samples.length - 1];
  ui.watchTime.textContent = `Watched for ${formatSeconds(last ? Math.round(last.at_ms / 1000) + 1 : watch.seconds)}`;
  if (last) ui.watchLast.textContent = `Last try, ${sampleTime(last)}: ${sampleWords(last)}.`;
  const quality = (report.findings || []).find((f) => typeof f.id === 'string' && f.id.startsWith('quality.'));
  if (quality) {
    ui.watchResult.dataset.tone = 'result';
    ui.watchResult.dataset.status = quality.severity;
    replaceChildren(ui.watchResult, render.renderWatchResult(quality));
    ui.watchResult.hidden = false;
  } else {
    showWatchOutcome(`Finished watching after ${formatAttempts(samples.length, failed)}.`, 'info');
  }
}

function showWatchStopped() {
  const attempts = watch.samples.length;
  if (attempts === 0) ui.watchLast.textContent = '';
  ui.watchTime.textContent = 'Stopped';
  showWatchOutcome(`Stopped watching after ${attempts === 1 ? '1 attempt' : `${attempts} attempts`}.`, 'info');
}

function showWatchError(err) {
  ui.watchTime.textContent = '';
  if (watch && watch.samples.length === 0) ui.watchLast.textContent = '';
  const plain = err.code === 'nothing_to_watch' || err.code === 'no_report';
  showWatchOutcome(plain ? err.message : `Watching stopped: ${err.message}`, 'error');
}

/** One sentence under the plot; the panel is a live region, so it is announced there. */
function showWatchOutcome(message, tone) {
  ui.watchPanel.hidden = false;
  ui.watchIntro.hidden = true;
  ui.watchResult.dataset.tone = tone;
  const status = tone === 'error' ? 'fail' : 'skipped';
  ui.watchResult.dataset.status = status;
  replaceChildren(
    ui.watchResult,
    render.renderBadge(status, 'badge-small'),
    h('span', { class: 'watch-result-text' }, message),
  );
  ui.watchResult.hidden = false;
}

// ------------------------------------------------------------------ findings

function clearFindings(placeholder) {
  replaceChildren(ui.findings);
  ui.findings.dataset.showMore = 'false';
  ui.findings.hidden = true;
  ui.toggleMore.hidden = true;
  ui.findingsPlaceholder.textContent = placeholder;
  ui.findingsPlaceholder.hidden = false;
}

function showFindings(report) {
  const { items, leadingCount, moreCount, moreOk } = render.renderFindings(report);
  replaceChildren(ui.findings, items);
  ui.findings.hidden = items.length === 0;
  ui.findingsPlaceholder.hidden = items.length > 0;
  ui.findingsPlaceholder.textContent = items.length === 0 ? 'Nothing to report.' : '';
  ui.toggleMore.hidden = moreCount === 0 || leadingCount === 0;
  ui.toggleMore.dataset.count = String(moreCount);
  ui.toggleMore.dataset.okCount = String(moreOk);
  // With no problem to show, what works is the result: show it right away.
  setShowMore(leadingCount === 0);
}

function moreLabel(show) {
  const count = Number(ui.toggleMore.dataset.count || 0);
  const ok = Number(ui.toggleMore.dataset.okCount || 0);
  const what = ok === count ? 'what works' : ok === 0 ? 'other notes' : 'what works and other notes';
  return show ? `Hide ${what}` : `Show ${what} (${count})`;
}

function setShowMore(show) {
  ui.findings.dataset.showMore = show ? 'true' : 'false';
  ui.toggleMore.setAttribute('aria-expanded', show ? 'true' : 'false');
  ui.toggleMoreLabel.textContent = moreLabel(show);
  if (!show && ui.findings.contains(document.activeElement)) {
    const item = document.activeElement.closest('li.finding');
    if (item && item.dataset.group === 'more') ui.toggleMore.focus();
  }
}

function toggleFinding(button) {
  const panel = document.getElementById(button.getAttribute('aria-controls'));
  if (!panel) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  panel.hidden = !open;
  const item = button.closest('li.finding');
  if (item) item.dataset.expanded = open ? 'true' : 'false';
}

// ------------------------------------------------------------------ fixes

function confirmFix(fix) {
  let title;
  let body;
  if (fix.kind === 'launch_client') {
    title = 'Start Remote Desktop?';
    body = fix.address
      ? `RDP Doctor starts Remote Desktop on this computer and connects to ${fix.address}. You sign in there as usual.`
      : 'RDP Doctor starts Remote Desktop on this computer. You sign in there as usual.';
  } else if (fix.kind === 'run_on_this_computer') {
    title = `${fix.title}?`;
    body = `${fix.steps} RDP Doctor runs this on this computer now.`;
  } else {
    title = 'Open your app store?';
    body = `${fix.title}: RDP Doctor opens its page in your app store on this computer. Nothing is installed unless you choose to.`;
  }
  ui.dialogTitle.textContent = title;
  ui.dialogBody.textContent = body;
  ui.dialogOk.textContent = fix.kind === 'run_on_this_computer' ? 'Run' : 'Open';

  if (typeof ui.dialog.showModal !== 'function') {
    return Promise.resolve(window.confirm(`${title}\n\n${body}`));
  }
  return new Promise((resolve) => {
    const opener = document.activeElement;
    ui.dialog.returnValue = '';
    ui.dialog.addEventListener(
      'close',
      () => {
        if (opener && typeof opener.focus === 'function') opener.focus();
        resolve(ui.dialog.returnValue === 'open');
      },
      { once: true },
    );
    ui.dialog.showModal();
    ui.dialogCancel.focus();
  });
}

async function onWake() {
  const input = document.getElementById('wake-mac');
  const button = document.getElementById('wake-pc');
  const result = document.getElementById('wake-result');
  if (!input || !button || !result) return;
  const mac = input.value.trim();
  if (!mac) {
    result.textContent = 'Type the network card address first (IT can tell you).';
    result.dataset.tone = 'error';
    input.focus();
    return;
  }
  button.disabled = true;
  try {
    const answer = await api.wakePc(mac);
    result.textContent = (answer && answer.message) || 'Sent.';
    result.dataset.tone = 'info';
  } catch (error) {
    result.textContent = api.normalizeError(error).message;
    result.dataset.tone = 'error';
  } finally {
    button.disabled = false;
  }
}

async function onFixButton(button) {
  const fixId = button.dataset.fixId;
  const fix = fixesById.get(fixId);
  if (!fix || !currentReport) {
    setStatus('This fix belongs to an older check. Please run the check again.', 'error');
    return;
  }
  const result = button.parentElement && button.parentElement.querySelector('.fix-result');
  if (fix.kind === 'open_uri' || fix.kind === 'launch_client' || fix.kind === 'run_on_this_computer') {
    const ok = await confirmFix(fix);
    if (!ok) {
      if (result) result.textContent = '';
      setStatus(fix.kind === 'run_on_this_computer' ? 'Nothing was run.' : 'Nothing was opened.');
      return;
    }
  }
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const answer = await api.runFix(fixId);
    const message = (answer && answer.message) || 'Done.';
    if (result) {
      result.textContent = message;
      result.dataset.tone = 'info';
    }
    setStatus(message, 'info', Boolean(result));
  } catch (error) {
    const err = api.normalizeError(error);
    const message = `That did not work: ${err.message}`;
    if (result) {
      result.textContent = message;
      result.dataset.tone = 'error';
    }
    setStatus(message, 'error', Boolean(result));
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

// ------------------------------------------------------------------ report actions

async function onCopyReport() {
  ui.copyButton.disabled = true;
  try {
    const answer = await api.copyReport();
    setStatus((answer && answer.message) || 'The report is on the clipboard.');
  } catch (error) {
    setStatus(`The report could not be copied: ${api.normalizeError(error).message}`, 'error');
  } finally {
    ui.copyButton.disabled = false;
  }
}

async function onSaveReport() {
  ui.saveButton.disabled = true;
  try {
    const answer = await api.saveReport();
    if (answer && answer.message) setStatus(answer.message);
  } catch (error) {
    setStatus(`The report could not be saved: ${api.normalizeError(error).message}`, 'error');
  } finally {
    ui.saveButton.disabled = false;
  }
}

async function onSendToIt() {
  ui.sendButton.disabled = true;
  setStatus('Saving the report and opening your e-mail app…');
  try {
    const answer = await api.sendToIt();
    setStatus((answer && answer.message) || 'The report is saved and your e-mail app is open.');
  } catch (error) {
    setStatus(`The report could not be sent: ${api.normalizeError(error).message}`, 'error');
  } finally {
    ui.sendButton.disabled = false;
  }
}

async function onSupportPage() {
  try {
    const answer = await api.openSupportPage();
    if (answer && answer.message) setStatus(answer.message);
  } catch (error) {
    setStatus(`The help page could not be opened: ${api.normalizeError(error).message}`, 'error');
  }
}

// ------------------------------------------------------------------ IT's config

/** What IT's config file sets up: the header line, the one-click checks, the notice. */
function showItConfig(info) {
  const org = info.organisation || null;
  replaceChildren(ui.headerOrg, render.renderOrganisation(org));
  ui.headerOrg.hidden = ui.headerOrg.childNodes.length === 0;
  const presets = Array.isArray(info.presets) ? info.presets : [];
  replaceChildren(
    ui.presetButtons,
    presets.map((preset, index) => render.renderPresetButton(preset, index)),
  );
  ui.presets.hidden = presets.length === 0;
  // The first configured PC, ready to check; what the user typed meanwhile stays.
  if (info.target && !ui.target.value) ui.target.value = info.target;
  ui.sendButton.hidden = !info.send_to_it;
  if (info.organisation && info.organisation.support && info.organisation.support.email) {
    ui.sendButton.title = `Save the report and write an e-mail to ${info.organisation.support.email}`;
  }
  ui.configNoticeText.textContent = info.config_notice || '';
  ui.configNotice.hidden = !info.config_notice;
}

function setPresetsDisabled(disabled) {
  for (const button of ui.presetButtons.querySelectorAll('button')) button.disabled = disabled;
}

function onPresetClick(event) {
  const target = event.target instanceof Element ? event.target : null;
  const button = target && target.closest('button[data-preset-index]');
  if (!button || run) return;
  if (watch) {
    setStatus(WATCH_BUSY);
    return;
  }
  const label = button.querySelector('.preset-name');
  startCheck({
    kind: 'preset',
    index: Number(button.dataset.presetIndex),
    label: label ? label.textContent : '',
    file: button.dataset.kind === 'rdp_file',
  });
}

async function onPickFile() {
  if (run) return;
  if (watch) {
    setStatus(WATCH_BUSY);
    return;
  }
  try {
    const path = await api.pickRdpFile();
    if (path) startCheck({ kind: 'file', path });
  } catch (error) {
    setStatus(`The file could not be opened: ${api.normalizeError(error).message}`, 'error');
  }
}

// ------------------------------------------------------------------ drag and drop

function setDropHint(visible) {
  ui.dropHint.hidden = !visible;
  ui.body.dataset.dragging = visible ? 'true' : 'false';
}

function onDrop(payload) {
  switch (payload.type) {
    case 'enter':
    case 'over':
      if (!run && !watch) setDropHint(true);
      break;
    case 'leave':
      setDropHint(false);
      break;
    case 'drop': {
      setDropHint(false);
      const paths = Array.isArray(payload.paths) ? payload.paths : [];
      if (run) {
        setStatus('A check is already running. Wait for it to finish, or press Cancel.');
        return;
      }
      if (watch) {
        setStatus(WATCH_BUSY);
        return;
      }
      const file = paths.find((p) => /\.rdp$/i.test(p));
      if (file) startCheck({ kind: 'file', path: file });
      else if (paths.length > 0) setStatus('That is not a Remote Desktop file. Please drop a file whose name ends in .rdp.', 'error');
      break;
    }
    default:
      break;
  }
}

// ------------------------------------------------------------------ wiring

function wire() {
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!run) startCheck({ kind: 'typed', target: ui.target.value });
  });
  ui.watchStart.addEventListener('click', startWatch);
  ui.watchStop.addEventListener('click', stopWatch);
  ui.errorCode.addEventListener('change', onErrorCodeChange);
  ui.cancelButton.addEventListener('click', () => {
    if (!run || run.cancelRequested) return;
    run.cancelRequested = true;
    ui.cancelButton.disabled = true;
    ui.cancelButton.textContent = 'Cancelling…';
    api.cancelCheck().catch((error) => {
      if (run) {
        run.cancelRequested = false;
        ui.cancelButton.disabled = false;
        ui.cancelButton.textContent = 'Cancel';
      }
      setStatus(`The check could not be cancelled: ${api.normalizeError(error).message}`, 'error');
    });
  });
  ui.pickButton.addEventListener('click', onPickFile);
  ui.hostButton.addEventListener('click', () => startCheck({ kind: 'host' }));
  ui.copyButton.addEventListener('click', onCopyReport);
  ui.saveButton.addEventListener('click', onSaveReport);
  ui.sendButton.addEventListener('click', onSendToIt);
  ui.presetButtons.addEventListener('click', onPresetClick);
  ui.headerOrg.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target && target.closest('#support-page')) onSupportPage();
  });
  ui.toggleMore.addEventListener('click', () => setShowMore(ui.findings.dataset.showMore !== 'true'));
  ui.findings.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('#wake-pc')) {
      onWake();
      return;
    }
    const fixButton = target.closest('button[data-fix-id]');
    if (fixButton && ui.findings.contains(fixButton)) {
      onFixButton(fixButton);
      return;
    }
    const toggle = target.closest('button.finding-toggle');
    if (toggle && ui.findings.contains(toggle)) toggleFinding(toggle);
  });
  // The dialog's buttons are plain buttons (no form submission: the CSP has form-action 'none');
  // Escape closes it natively, with an empty returnValue, which counts as Cancel.
  ui.dialogOk.addEventListener('click', () => ui.dialog.close('open'));
  ui.dialogCancel.addEventListener('click', () => ui.dialog.close('cancel'));
  // Clicks on the dialog's backdrop close it like Cancel.
  ui.dialog.addEventListener('click', (event) => {
    if (event.target === ui.dialog) ui.dialog.close('cancel');
  });

  api.onFileDrop(onDrop).catch(() => {});

  if (!api.connected) {
    setStatus('This window is not connected to RDP Doctor. Please close it and start RDP Doctor again.', 'error');
    return;
  }
  api
    .appInfo()
    .then((info) => {
      if (!info) return;
      if (info.version) {
        ui.appVersion.textContent = info.version;
        appVersionKnown = true;
      }
      if (info.platform) {
        ui.appPlatform.textContent = PLATFORMS[info.platform] || info.platform;
        ui.body.dataset.platform = info.platform;
      }
      showItConfig(info);
      // Started with a .rdp file ("Open with RDP Doctor"): check it straight away.
      if (info.open_file) startCheck({ kind: 'file', path: info.open_file });
    })
    .catch(() => {});
}

wire();
ui.target.focus();
