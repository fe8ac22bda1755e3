// "Watch the connection": offered when the backend says so, one try a second on a live plot,
// then the report diagnosed again with the samples.

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import { ui } from './elements.js';
import { formatAttempts, formatSeconds, sampleTime, sampleWords } from './format.js';
import { setSourcesDisabled } from './form.js';
import { messages } from './messages.js';
import { refreshOffers } from './offers.js';
import * as render from './render-watch.js';
import { renderBadge } from './render.js';
import { showJudged, showReport } from './report.js';
import {
  addWatchSample,
  beginWatch,
  endWatch,
  isCurrentWatch,
  markWatchDone,
  setStopRequested,
  state,
} from './state.js';
import { setStatus } from './status.js';

/** A new check: the old watch's plot belongs to the old report. */
export function resetWatch() {
  ui.watchSection.hidden = true;
  ui.watchSection.dataset.watching = 'false';
  ui.watchPanel.hidden = true;
  ui.watchIntro.hidden = false;
  ui.watchResult.hidden = true;
  ui.watchTime.textContent = '';
  replaceChildren(ui.watchResult);
  drawWatch([], 30);
}

/**
 * Asks the backend what the current report offers (once it holds the report) and shows or
 * hides the watch card accordingly: { intro } or null.
 */
export async function offerWatch() {
  if (!(await refreshOffers())) return false;
  showJudged();
  const offer = state.offers.watch;
  ui.watchSection.hidden = !offer;
  if (offer) ui.watchIntro.textContent = offer.intro;
  return true;
}

function setWatching(watching) {
  const stopHadFocus = document.activeElement === ui.watchStop;
  const startHadFocus = document.activeElement === ui.watchStart;
  ui.body.dataset.watching = watching ? 'true' : 'false';
  ui.watchSection.dataset.watching = watching ? 'true' : 'false';
  ui.watchStart.hidden = watching;
  ui.watchStop.hidden = !watching;
  ui.watchStop.disabled = false;
  ui.watchStop.textContent = messages.STOP_WATCHING;
  ui.watchDuration.disabled = watching;
  setSourcesDisabled(watching);
  const lost = document.activeElement === document.body || document.activeElement === null;
  if (watching && (startHadFocus || lost)) ui.watchStop.focus();
  if (!watching && (stopHadFocus || lost)) ui.watchStart.focus();
}

async function startWatch() {
  if (state.run || state.watch) return;
  if (!state.report) {
    showWatchOutcome(messages.RUN_FIRST, 'error');
    return;
  }
  const seconds = Math.max(1, Math.round(Number(ui.watchDuration.value) || 30));
  const id = beginWatch(seconds);

  setStatus('');
  ui.watchIntro.hidden = true;
  ui.watchPanel.hidden = false;
  ui.watchResult.hidden = true;
  replaceChildren(ui.watchResult);
  setWatchCount(0, 0);
  ui.watchTime.textContent = messages.timeLeft(formatSeconds(seconds));
  ui.watchLast.textContent = messages.TRYING;
  drawWatch([], seconds);
  setWatching(true);

  const onEvent = (message) => {
    if (!isCurrentWatch(id)) return; // a late event from an older watch
    handleWatchEvent(message);
  };
  let watched = false;
  try {
    const report = await api.watchConnection(seconds, onEvent);
    if (!isCurrentWatch(id)) return;
    finishWatch(report);
    watched = true;
  } catch (error) {
    if (!isCurrentWatch(id)) return;
    const err = api.normalizeError(error);
    if (err.code === 'cancelled') showWatchStopped();
    else showWatchError(err);
  } finally {
    if (endWatch(id)) setWatching(false);
  }
  // The backend holds the watched report now: ask what it offers.
  if (watched && (await offerWatch())) showWatchResult();
}

function stopWatch() {
  if (!state.watch || state.watch.stopRequested) return;
  setStopRequested(true);
  ui.watchStop.disabled = true;
  ui.watchStop.textContent = messages.STOPPING;
  api.cancelCheck().catch((error) => {
    if (state.watch) {
      setStopRequested(false);
      ui.watchStop.disabled = false;
      ui.watchStop.textContent = messages.STOP_WATCHING;
    }
    setStatus(messages.couldNotStop(api.normalizeError(error).message), 'error');
  });
}

function handleWatchEvent(message) {
  if (!message || typeof message !== 'object') return;
  if (message.event === 'sample' && message.sample) {
    addWatchSample(message.sample, message.attempts, message.failed);
    const watch = state.watch;
    setWatchCount(watch.attempts, watch.failed);
    const left = watch.seconds - Math.floor((Number(message.sample.at_ms) || 0) / 1000) - 1;
    ui.watchTime.textContent = left > 0 ? messages.timeLeft(formatSeconds(left)) : messages.FINISHING;
    ui.watchLast.textContent = messages.lastTry(sampleTime(message.sample), sampleWords(message.sample));
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
  if (!report || typeof report !== 'object' || !markWatchDone()) return;
  const watch = state.watch;
  showReport(report);
  const watched = report.evidence && report.evidence.watch;
  const samples = watched && Array.isArray(watched.samples) ? watched.samples : watch.samples;
  const failed = samples.filter((s) => s.failure).length;
  setWatchCount(samples.length, failed);
  drawWatch(samples, watch.seconds);
  const last = samples[samples.length - 1];
  ui.watchTime.textContent = messages.watchedFor(formatSeconds(last ? Math.round(last.at_ms / 1000) + 1 : watch.seconds));
  if (last) ui.watchLast.textContent = messages.lastTry(sampleTime(last), sampleWords(last));
}

/** The line under the plot once watched: the finding the backend names, or the count. */
function showWatchResult() {
  const id = state.offers.watch_result;
  const finding = id && state.report && (state.report.findings || []).find((f) => f.id === id);
  if (finding) {
    ui.watchResult.dataset.tone = 'result';
    ui.watchResult.dataset.status = finding.severity;
    replaceChildren(ui.watchResult, render.renderWatchResult(finding));
    ui.watchResult.hidden = false;
  } else {
    const attempts = Number(ui.watchCount.dataset.attempts) || 0;
    const failed = Number(ui.watchCount.dataset.failed) || 0;
    showWatchOutcome(messages.finishedWatching(formatAttempts(attempts, failed)), 'info');
  }
}

function showWatchStopped() {
  const attempts = state.watch.samples.length;
  if (attempts === 0) ui.watchLast.textContent = '';
  ui.watchTime.textContent = messages.STOPPED;
  showWatchOutcome(messages.stoppedWatching(attempts), 'info');
}

function showWatchError(err) {
  ui.watchTime.textContent = '';
  if (state.watch && state.watch.samples.length === 0) ui.watchLast.textContent = '';
  const plain = err.code === 'nothing_to_watch' || err.code === 'no_report';
  showWatchOutcome(plain ? err.message : messages.watchingStopped(err.message), 'error');
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
    renderBadge(status, 'badge-small'),
    h('span', { class: 'watch-result-text' }, message),
  );
  ui.watchResult.hidden = false;
}

export function wireWatch() {
  ui.watchStart.addEventListener('click', startWatch);
  ui.watchStop.addEventListener('click', stopWatch);
}
