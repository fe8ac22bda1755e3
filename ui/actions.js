// The report's buttons (copy, save, send to IT) and IT's support page in the header.

import * as api from './api.js';
import { ui } from './elements.js';
import { messages } from './messages.js';
import { setStatus } from './status.js';

/** Runs `call` with `button` disabled; the answer's message (or `done`) goes to the status line. */
async function act(button, call, done, failed) {
  if (button) button.disabled = true;
  try {
    const answer = await call();
    const message = (answer && answer.message) || done;
    if (message) setStatus(message);
  } catch (error) {
    setStatus(failed(api.normalizeError(error).message), 'error');
  } finally {
    if (button) button.disabled = false;
  }
}

export function wireActions() {
  ui.copyButton.addEventListener('click', () => act(ui.copyButton, api.copyReport, messages.COPIED, messages.couldNotCopy));
  // Null when the user cancelled the save dialog: nothing to say.
  ui.saveButton.addEventListener('click', () => act(ui.saveButton, api.saveReport, '', messages.couldNotSave));
  ui.sendButton.addEventListener('click', () => {
    setStatus(messages.SENDING);
    act(ui.sendButton, api.sendToIt, messages.SENT_TO_IT, messages.couldNotSend);
  });
  ui.headerOrg.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target && target.closest('#support-page')) act(null, api.openSupportPage, '', messages.couldNotOpenHelp);
  });
}
