// Running a check: from its source (typed, a file, a preset, this PC) through the backend's
// progress events to the report; and Cancel.

import * as api from './api.js';
import { ui } from './elements.js';
import { readErrorCode, setSourcesDisabled } from './form.js';
import { refreshRow, showPlan, showRow } from './checklist.js';
import { messages } from './messages.js';
import { showCancelled, showChecked, showError, showReport, showRunning } from './report.js';
import { beginRun, endRun, isCurrentRun, rowStarted, setCancelRequested, state } from './state.js';
import { setStatus } from './status.js';
import { offerWatch, resetWatch } from './watch.js';

function setRunning(running) {
  if (running) ui.body.dataset.state = 'running';
  setSourcesDisabled(running);
  ui.cancelButton.hidden = !running;
  ui.runActions.hidden = !running;
  ui.cancelButton.disabled = false;
  ui.cancelButton.textContent = messages.CANCEL;
  if (!running && document.activeElement && (document.activeElement === ui.cancelButton || document.activeElement === document.body)) {
    ui.runButton.focus();
  }
}

/** Why no check can start now, or '' when one can. */
export function whyBusy() {
  if (state.run) return messages.RUN_BUSY;
  if (state.watch) return messages.WATCH_BUSY;
  return '';
}

/**
 * source: { kind: 'typed', target } | { kind: 'file', path } | { kind: 'host' }
 *       | { kind: 'preset', index } (a check from IT's config, run by index)
 */
export async function startCheck(source) {
  const busy = whyBusy();
  if (busy) {
    setStatus(busy);
    return;
  }
  const host = source.kind === 'host';
  const errorCode = host ? '' : readErrorCode();
  const id = beginRun({ host });
  resetWatch();
  setStatus('');
  setRunning(true);
  // What is checked is named once the backend's plan says (see handleEvent).
  showRunning({ shown: '', host, errorCode });

  const onEvent = (message) => {
    if (!isCurrentRun(id)) return; // a late event from an older run
    handleEvent(message);
  };

  let finished = false;
  try {
    const report =
      host
        ? await api.runHostCheck(onEvent)
        : source.kind === 'file'
          ? await api.runCheckRdpFile(source.path, errorCode, onEvent)
          : source.kind === 'preset'
            ? await api.runPreset(source.index, errorCode, onEvent)
            : await api.runCheck(source.target, errorCode, onEvent);
    if (!isCurrentRun(id)) return;
    showReport(report);
    finished = true;
  } catch (error) {
    if (!isCurrentRun(id)) return;
    const err = api.normalizeError(error);
    if (err.code === 'cancelled') showCancelled();
    else showError(err);
  } finally {
    if (endRun(id)) setRunning(false);
  }
  // The backend holds the report now: ask what it offers.
  if (finished) await offerWatch();
}

function handleEvent(message) {
  if (!message || typeof message !== 'object') return;
  switch (message.event) {
    case 'plan':
      // What is checked as the backend names it (a typed link without any password in it).
      if (message.header) showChecked(message.header, state.run.host);
      showPlan(message.rows || []);
      break;
    case 'started':
      rowStarted(message.area);
      refreshRow(message.area);
      break;
    case 'row':
      if (message.row && message.row.area) showRow(message.row);
      break;
    case 'finished':
      if (message.report) showReport(message.report);
      break;
    default:
      break;
  }
}

function cancelCheck() {
  if (!state.run || state.run.cancelRequested) return;
  setCancelRequested(true);
  ui.cancelButton.disabled = true;
  ui.cancelButton.textContent = messages.CANCELLING;
  api.cancelCheck().catch((error) => {
    if (state.run) {
      setCancelRequested(false);
      ui.cancelButton.disabled = false;
      ui.cancelButton.textContent = messages.CANCEL;
    }
    setStatus(messages.couldNotCancel(api.normalizeError(error).message), 'error');
  });
}

export function wireRun() {
  ui.cancelButton.addEventListener('click', cancelCheck);
}
