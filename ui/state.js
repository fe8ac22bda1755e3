// The page's one place for mutable state. Views read `state` and change it only through the
// named functions below; no other module keeps mutable state.

/** What the backend offers for the current report (engine::offers), or null until it says. */
const NO_OFFERS = Object.freeze({ watch: null, watch_result: null, confirm: Object.freeze({}) });

export const state = {
  /**
   * The check in progress, or null:
   * { id, host, rows: Map(area → row), active: Set(area), cancelRequested, reportShown }.
   */
  run: null,
  /** The last finished report: the one run_fix, copy_report and save_report act on. */
  report: null,
  /** The current report's fixes by id. */
  fixes: new Map(),
  /**
   * engine::offers for the current report:
   * { watch: {intro} | null, watch_result: findingId | null, confirm: {fixId: words} }.
   */
  offers: null,
  /**
   * engine::page for the current report, or null until it says: { findings: [{id, problem,
   * leads}] in the report's order, fixes: Map(fixId → {button, title, commands, wake}),
   * more: {show, hide} }.
   */
  view: null,
  /** app_info told the version (a report's tool version is shown only until it does). */
  appVersionKnown: false,
  /** The watch in progress: { id, seconds, samples, attempts, failed, stopRequested, done }. */
  watch: null,
  /** The status line's pending timers: the sentence's appearance, then its fading. */
  statusTimers: { show: 0, fade: 0 },
  /** The last check's and watch's numbers, so late answers of older ones are told apart. */
  seq: { run: 0, watch: 0 },
};

/** A check or a watch is under way: the form and the other sources wait. */
export function busy() {
  return Boolean(state.run || state.watch);
}

// ------------------------------------------------------------------ the check

/** A new check: forgets the old report (its fixes and offers go with it). Returns its id. */
export function beginRun({ host }) {
  const id = ++state.seq.run;
  state.run = { id, host, rows: new Map(), active: new Set(), cancelRequested: false, reportShown: false };
  clearReport();
  return id;
}

/** Whether `id` is still the check in progress (late answers of older checks are dropped). */
export function isCurrentRun(id) {
  return Boolean(state.run && state.run.id === id);
}

/** Ends check `id`; false when another check replaced it meanwhile. */
export function endRun(id) {
  if (!isCurrentRun(id)) return false;
  state.run = null;
  return true;
}

export function setPlannedRows(rows) {
  state.run.rows = new Map(rows.map((row) => [row.area, row]));
}

export function rowStarted(area) {
  state.run.active.add(area);
}

export function setRow(row) {
  if (!state.run) return;
  state.run.active.delete(row.area);
  state.run.rows.set(row.area, row);
}

/** Cancel pressed (true) or the cancel request failed (false). */
export function setCancelRequested(requested) {
  if (state.run) state.run.cancelRequested = requested;
}

// ------------------------------------------------------------------ the report

/**
 * The report to show; false when this check's report is already shown (it arrives both as
 * the `finished` event and as the command's answer).
 */
export function setReport(report) {
  if (state.run) {
    if (state.run.reportShown) return false;
    state.run.reportShown = true;
    state.run.active.clear();
  }
  state.report = report;
  state.fixes = new Map();
  for (const finding of report.findings || []) {
    for (const fix of finding.fixes || []) state.fixes.set(fix.id, fix);
  }
  state.offers = null;
  state.view = null;
  return true;
}

export function clearReport() {
  state.report = null;
  state.fixes = new Map();
  state.offers = null;
  state.view = null;
}

/**
 * What the backend says about the current report (engine::page: its offers, how findings and
 * fixes show); null or a failure counts as nothing offered and nothing leading.
 */
export function setView(view) {
  const v = view && typeof view === 'object' ? view : {};
  const offers = v.offers && typeof v.offers === 'object' ? v.offers : null;
  state.offers = offers
    ? { watch: offers.watch || null, watch_result: offers.watch_result || null, confirm: offers.confirm || {} }
    : NO_OFFERS;
  state.view = {
    findings: Array.isArray(v.findings) ? v.findings : [],
    fixes: new Map((Array.isArray(v.fixes) ? v.fixes : []).map((f) => [f.id, f])),
    more: v.more || { show: '', hide: '' },
  };
}

export function setAppVersionKnown() {
  state.appVersionKnown = true;
}

// ------------------------------------------------------------------ watching

/** A new watch of `seconds`; returns its id. */
export function beginWatch(seconds) {
  const id = ++state.seq.watch;
  state.watch = { id, seconds, samples: [], attempts: 0, failed: 0, stopRequested: false, done: false };
  return id;
}

export function isCurrentWatch(id) {
  return Boolean(state.watch && state.watch.id === id);
}

export function endWatch(id) {
  if (!isCurrentWatch(id)) return false;
  state.watch = null;
  return true;
}

export function addWatchSample(sample, attempts, failed) {
  const watch = state.watch;
  watch.samples.push(sample);
  watch.attempts = Number(attempts) || watch.samples.length;
  watch.failed = Number(failed) || 0;
}

/** The watch's report arrived; false when it was already shown. */
export function markWatchDone() {
  if (!state.watch || state.watch.done) return false;
  state.watch.done = true;
  return true;
}

export function setStopRequested(requested) {
  if (state.watch) state.watch.stopRequested = requested;
}

// ------------------------------------------------------------------ the status line

export function setStatusTimers(show, fade) {
  state.statusTimers = { show, fade };
}
