// RDP Doctor's window: loads the page's words, wires each view to its elements and asks the
// backend what it knows at start. Holds no state (see state.js) and no diagnosis: it shows what the backend sends.

import { wireActions } from './actions.js';
import * as api from './api.js';
import { wireDialog } from './dialog.js';
import { ui } from './elements.js';
import { wireFindings } from './findings.js';
import { setHeader, showAppInfo } from './header.js';
import { startLanguage, wireLanguage } from './language.js';
import { fillStatic, messages } from './messages.js';
import { showCancelled } from './report.js';
import { showReportRows } from './checklist.js';
import { startCheck, whyBusy, wireRun } from './run.js';
import { clearReport, setReport, state } from './state.js';
import { wireSources } from './sources.js';
import { setStatus } from './status.js';
import { offerWatch, resetWatch, wireWatch } from './watch.js';

/**
 * The language changed: the words are reloaded (language.js); draw again what they word.
 * `report` is the current report worded again by the backend, or null when it had none or
 * could not word it again (it is then put away).
 */
async function redraw(report) {
  api
    .appInfo()
    .then((info) => info && showAppInfo(info))
    .catch(() => {});
  const verdict = ui.headerVerdict.dataset.verdict;
  if (report && state.report) {
    setReport(report);
    showReportRows(report.checks || []);
    resetWatch();
    await offerWatch();
  } else if (state.report) {
    clearReport();
    ui.results.hidden = true;
    ui.bannerRow.hidden = true;
    ui.emptyState.hidden = false;
    ui.body.dataset.state = 'idle';
    setHeader({ target: '—', time: '—', errorCode: '', verdict: 'none' });
  } else if (ui.body.dataset.state === 'cancelled') {
    showCancelled();
  } else {
    setHeader({ verdict });
  }
}

function wire() {
  wireSources();
  wireRun();
  wireWatch();
  wireActions();
  wireFindings();
  wireDialog();
  wireLanguage({
    redraw,
    canChange: () => {
      const busy = whyBusy();
      if (busy) setStatus(busy);
      return !busy;
    },
    refused: (error) => setStatus(error.message, 'error'),
  });

  if (!api.connected) {
    setStatus(messages.NOT_CONNECTED, 'error');
    return;
  }
  api
    .appInfo()
    .then((info) => {
      if (!info) return;
      showAppInfo(info);
      // Started with a .rdp file ("Open with RDP Doctor"): check it straight away.
      if (info.open_file) startCheck({ kind: 'file', path: info.open_file });
    })
    .catch(() => {});
}

/** The page's words first (one call), then its fixed text, then the views. */
async function start() {
  // The language first (the user's remembered pick, if the backend allows it), then its words.
  if (api.connected) await startLanguage();
  else fillStatic(document);
  wire();
  ui.target.focus();
}

start();
