// The check form: the error code the user saw, and the buttons that start a check.

import { ui } from './elements.js';

/** The error code as chosen or typed; null when none. */
export function readErrorCode() {
  const value = ui.errorCode.value;
  if (!value) return null;
  if (value === 'other') {
    const typed = ui.errorCodeOther.value.trim();
    return typed || null;
  }
  return value;
}

export function onErrorCodeChange() {
  const other = ui.errorCode.value === 'other';
  ui.errorCodeOther.hidden = !other;
  if (other) ui.errorCodeOther.focus();
}

/** Puts focus on the error-code field the user has to correct. */
export function focusErrorCode() {
  const field = ui.errorCodeOther.hidden ? ui.errorCode : ui.errorCodeOther;
  field.focus();
}

/** While a check or a watch runs, nothing else may start one. */
export function setSourcesDisabled(disabled) {
  ui.runButton.disabled = disabled;
  ui.pickButton.disabled = disabled;
  ui.hostButton.disabled = disabled;
  for (const button of ui.presetButtons.querySelectorAll('button')) button.disabled = disabled;
}
