// The status line under the page: one sentence at a time, announced politely.

import { ui } from './elements.js';
import { setStatusTimers, state } from './state.js';

const STATUS_VISIBLE_MS = 8000;

/**
 * One sentence in the status line. tone: "info" | "error". `quiet` keeps it for screen
 * readers only, when the same sentence is already shown next to the button.
 */
export function setStatus(message, tone = 'info', quiet = false) {
  window.clearTimeout(state.statusTimers.show);
  window.clearTimeout(state.statusTimers.fade);
  ui.status.textContent = '';
  ui.status.dataset.tone = tone;
  ui.status.dataset.faded = quiet ? 'true' : 'false';
  if (!message) {
    setStatusTimers(0, 0);
    return;
  }
  // Cleared first and set a moment later, so the same sentence twice is announced twice.
  const show = window.setTimeout(() => {
    ui.status.textContent = message;
    // The sentence stays in the status line (for screen readers and tests) but stops covering
    // the page after a while.
    const fade = window.setTimeout(() => {
      ui.status.dataset.faded = 'true';
    }, STATUS_VISIBLE_MS);
    setStatusTimers(show, fade);
  }, 30);
  setStatusTimers(show, 0);
}
