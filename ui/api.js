// The only file that talks to the Rust backend (Tauri 2, app.withGlobalTauri = true).
// Every function returns a Promise; failures reject with { code, message } in plain words.

import { messages } from './messages.js';

const tauri = window.__TAURI__;

export const connected = Boolean(tauri && tauri.core && typeof tauri.core.invoke === 'function');

function notConnected() {
  return { code: 'not_connected', message: messages.NOT_CONNECTED };
}

/** Any rejection → { code, message }. Tauri commands reject with {code, message} or a string. */
export function normalizeError(error) {
  if (error && typeof error === 'object') {
    const code = typeof error.code === 'string' ? error.code : 'error';
    const message =
      typeof error.message === 'string' && error.message.trim()
        ? error.message
        : messages.SOMETHING_WRONG;
    return { code, message };
  }
  if (typeof error === 'string' && error.trim()) return { code: 'error', message: error };
  return { code: 'error', message: messages.SOMETHING_WRONG };
}

async function call(command, args) {
  if (!connected) throw notConnected();
  try {
    return await tauri.core.invoke(command, args);
  } catch (error) {
    throw normalizeError(error);
  }
}

function channel(onEvent) {
  const ch = new tauri.core.Channel();
  ch.onmessage = (message) => {
    try {
      onEvent(message);
    } catch (error) {
      console.error('RDP Doctor: could not show a progress event', error);
    }
  };
  return ch;
}

/** Runs the whole check; progress arrives on onEvent. Resolves to the Report. */
export async function runCheck(target, errorCode, onEvent) {
  if (!connected) throw notConnected();
  return call('run_check', { target, errorCode, onEvent: channel(onEvent) });
}

/** Same, with the target read from a .rdp file. */
export async function runCheckRdpFile(path, errorCode, onEvent) {
  if (!connected) throw notConnected();
  return call('run_check_rdp_file', { path, errorCode, onEvent: channel(onEvent) });
}

/** Checks a PC or the .rdp file of IT's config, by its index in appInfo().presets. */
export async function runPreset(index, errorCode, onEvent) {
  if (!connected) throw notConnected();
  return call('run_preset', { index, errorCode, onEvent: channel(onEvent) });
}

/** Saves the current report and opens an e-mail to IT; resolves to { message }. */
export function sendToIt() {
  return call('send_to_it');
}

/** Opens IT's support web page from the config; resolves to { message }. */
export function openSupportPage() {
  return call('open_support_page');
}

/** Sends a Wake-on-LAN packet for the typed MAC (the backend validates it). */
export function wakePc(mac) {
  return call('wake_pc', { mac });
}

/** Host mode: checks this PC as a Remote Desktop host. Resolves to the Report. */
export async function runHostCheck(onEvent) {
  if (!connected) throw notConnected();
  return call('run_host_check', { onEvent: channel(onEvent) });
}

/**
 * Watches the current report's connection for `seconds`: one try a second, each reported on
 * onEvent ({event: 'sample', sample, attempts, failed}, then {event: 'finished', report}).
 * Resolves to the report diagnosed again with the samples; rejects {code: 'cancelled'} when
 * cancelCheck() stops it, {code: 'nothing_to_watch'} or {code: 'no_report'}.
 */
export async function watchConnection(seconds, onEvent) {
  if (!connected) throw notConnected();
  return call('watch_connection', { seconds, onEvent: channel(onEvent) });
}

/** Which of the dropped files to check; rejects {code: 'not_an_rdp_file', message}. */
export function droppedFile(paths) {
  return call('dropped_file', { paths });
}

/** The page's words from the catalogue: {key: text}, placeholders kept as {name}. */
export function pageWords() {
  return call('page_words');
}

/**
 * The language the words are in: { tag, direction: 'ltr'|'rtl', source, fixed (IT's config
 * set it), offered: [{tag, name}] }.
 */
export function language() {
  return call('language');
}

/**
 * The user's pick in the language menu (a tag): resolves to { language, report } (the current
 * report worded again, or null); rejects {code: 'language_fixed'} or {code: 'unknown_language'}.
 */
export function setLanguage(tag) {
  return call('set_language', { tag });
}

/**
 * What the page shows beside the current report (engine::page): { offers, findings:
 * [{id, problem, leads}], fixes: [{id, button, title, commands, wake}], more: {show, hide} }.
 * Rejects {code: 'no_report'}.
 */
export function pageView() {
  return call('page_view');
}

/** Native open dialog; resolves to a path or null when cancelled. */
export function pickRdpFile() {
  return call('pick_rdp_file');
}

export function cancelCheck() {
  return call('cancel_check');
}

/** Runs or copies a fix of the current report, by id; resolves to { message }. */
export function runFix(fixId) {
  return call('run_fix', { fixId });
}

export function copyReport() {
  return call('copy_report');
}

/** Resolves to { message }, or null when the user cancelled the save dialog. */
export function saveReport() {
  return call('save_report');
}

/**
 * { version, platform, open_file, organisation: {name, support: {name, email, phone, web}} | null,
 *   presets: [{label, kind: 'pc'|'rdp_file'}], target, config_notice, send_to_it }
 */
export function appInfo() {
  return call('app_info');
}

/**
 * Calls handler({ type: 'enter'|'over'|'leave'|'drop', paths }) for files dragged over the window.
 * Resolves to an unlisten function.
 */
export async function onFileDrop(handler) {
  const webview = tauri && tauri.webview && tauri.webview.getCurrentWebview && tauri.webview.getCurrentWebview();
  if (!webview || typeof webview.onDragDropEvent !== 'function') return () => {};
  return webview.onDragDropEvent((event) => handler((event && event.payload) || {}));
}
