// Where a check starts: the form, "Check this PC", IT's one-click checks, the file picker and
// a .rdp file dropped onto the window.

import * as api from './api.js';
import { ui } from './elements.js';
import { onErrorCodeChange } from './form.js';
import { messages } from './messages.js';
import { startCheck, whyBusy } from './run.js';
import { state } from './state.js';
import { setStatus } from './status.js';

function onPresetClick(event) {
  const target = event.target instanceof Element ? event.target : null;
  const button = target && target.closest('button[data-preset-index]');
  if (!button || state.run) return;
  startCheck({ kind: 'preset', index: Number(button.dataset.presetIndex) });
}

async function onPickFile() {
  if (state.run) return;
  if (state.watch) {
    setStatus(messages.WATCH_BUSY);
    return;
  }
  try {
    const path = await api.pickRdpFile();
    if (path) startCheck({ kind: 'file', path });
  } catch (error) {
    setStatus(messages.couldNotOpenFile(api.normalizeError(error).message), 'error');
  }
}

function setDropHint(visible) {
  ui.dropHint.hidden = !visible;
  ui.body.dataset.dragging = visible ? 'true' : 'false';
}

/** The backend says which dropped file is checked, or why none is. */
async function checkDropped(paths) {
  try {
    startCheck({ kind: 'file', path: await api.droppedFile(paths) });
  } catch (error) {
    setStatus(api.normalizeError(error).message, 'error');
  }
}

function onDrop(payload) {
  switch (payload.type) {
    case 'enter':
    case 'over':
      if (!whyBusy()) setDropHint(true);
      break;
    case 'leave':
      setDropHint(false);
      break;
    case 'drop': {
      setDropHint(false);
      const paths = Array.isArray(payload.paths) ? payload.paths : [];
      const busy = whyBusy();
      if (busy) {
        setStatus(busy);
        return;
      }
      if (paths.length > 0) checkDropped(paths);
      break;
    }
    default:
      break;
  }
}

export function wireSources() {
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.run) startCheck({ kind: 'typed', target: ui.target.value });
  });
  ui.errorCode.addEventListener('change', onErrorCodeChange);
  ui.pickButton.addEventListener('click', onPickFile);
  ui.hostButton.addEventListener('click', () => startCheck({ kind: 'host' }));
  ui.presetButtons.addEventListener('click', onPresetClick);
  api.onFileDrop(onDrop).catch(() => {});
}
