// RDP Doctor's window: loads the page's words, wires each view to its elements and asks the
// backend what it knows at start. Holds no state (see state.js) and no diagnosis: it shows what the backend sends.

import { wireActions } from './actions.js';
import * as api from './api.js';
import { wireDialog } from './dialog.js';
import { ui } from './elements.js';
import { wireFindings } from './findings.js';
import { showAppInfo } from './header.js';
import { fillStatic, messages, setWords } from './messages.js';
import { startCheck, wireRun } from './run.js';
import { wireSources } from './sources.js';
import { setStatus } from './status.js';
import { wireWatch } from './watch.js';

function wire() {
  wireSources();
  wireRun();
  wireWatch();
  wireActions();
  wireFindings();
  wireDialog();

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
  if (api.connected) {
    try {
      setWords(await api.pageWords());
    } catch {
      setWords(null);
    }
  }
  fillStatic(document);
  wire();
  ui.target.focus();
}

start();
