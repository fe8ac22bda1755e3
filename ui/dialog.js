// The confirmation dialog before a fix the app acts on. Its words come from the backend
// (engine::offers): { title, body, ok, declined }.

import { ui } from './elements.js';

/** Asks; resolves to true when the user chose the dialog's `ok` button. */
export function confirmWith(words) {
  ui.dialogTitle.textContent = words.title;
  ui.dialogBody.textContent = words.body;
  ui.dialogOk.textContent = words.ok;

  if (typeof ui.dialog.showModal !== 'function') {
    return Promise.resolve(window.confirm(`${words.title}\n\n${words.body}`));
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

export function wireDialog() {
  // The dialog's buttons are plain buttons (no form submission: the CSP has form-action 'none');
  // Escape closes it natively, with an empty returnValue, which counts as Cancel.
  ui.dialogOk.addEventListener('click', () => ui.dialog.close('open'));
  ui.dialogCancel.addEventListener('click', () => ui.dialog.close('cancel'));
  // Clicks on the dialog's backdrop close it like Cancel.
  ui.dialog.addEventListener('click', (event) => {
    if (event.target === ui.dialog) ui.dialog.close('cancel');
  });
}
