// Pure formatting helpers: values in, strings out. No diagnosis here, only presentation; the
// words themselves live in messages.js.

import { locale, messages } from './messages.js';

/** Icon and word for every state a row, a finding or the verdict can be in. */
const STATE_ICONS = { running: '', ok: '✓', info: 'i', warn: '!', fail: '✗', skipped: '–', cancelled: '–', stopped: '–' };
export function stateOf(status) {
  return Object.hasOwn(STATE_ICONS, status)
    ? { icon: STATE_ICONS[status], word: messages.stateWord(status) }
    : { icon: '?', word: String(status || messages.UNKNOWN_STATE) };
}

/** The overall verdict, as shown in the header and the banner. */
const VERDICT_ICONS = { none: '–', running: '', ok: '✓', warn: '!', fail: '✗', cancelled: '–', error: '✗' };
export function verdictOf(verdict) {
  const known = Object.hasOwn(VERDICT_ICONS, verdict) ? verdict : 'none';
  return { icon: VERDICT_ICONS[known], word: messages.verdictWord(known) };
}

/** 0 → "<1 ms", 412 → "412 ms", 2450 → "2.5 s"; null → "". */
export function formatDuration(ms) {
  if (ms === null || ms === undefined || Number.isNaN(Number(ms))) return '';
  const n = Number(ms);
  if (n < 1) return messages.LESS_THAN_1_MS;
  if (n < 1000) return messages.ms(Math.round(n));
  const s = n / 1000;
  return messages.seconds(s < 10 ? s.toFixed(1) : Math.round(s));
}

const DATE_TIME = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/**
 * An RFC 3339 string or a Date, in the user's local time zone, worded and ordered the way the
 * chosen language writes dates: "21 March 2026 at 10:14 CET", "21. März 2026 um 10:14 MEZ".
 */
export function formatDateTime(value) {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  try {
    return new Intl.DateTimeFormat(locale(), DATE_TIME).format(date);
  } catch {
    return date.toLocaleString(locale());
  }
}

/** {code: 2308, extended: 7} → "0x904/0x7". */
export function formatErrorCode(errorCode) {
  if (!errorCode || typeof errorCode.code !== 'number') return '';
  const hex = (n) => `0x${n.toString(16)}`;
  return errorCode.extended === null || errorCode.extended === undefined
    ? hex(errorCode.code)
    : `${hex(errorCode.code)}/${hex(errorCode.extended)}`;
}

/** The checked computer as "host:port" ("[v6]:port"); falls back to what was typed. */
export function formatTarget(target, fallback) {
  if (!target || !target.host) return fallback || '';
  const host = target.kind === 'ipv6' ? `[${target.host}]` : target.host;
  return target.port ? `${host}:${target.port}` : host;
}

/** "office.rdp" when the target came from a file. */
export function targetFile(target) {
  const source = target && target.source;
  if (!source || source.kind !== 'rdp_file' || !source.file) return '';
  return baseName(source.file);
}

export function baseName(path) {
  return String(path).split(/[\\/]/).filter(Boolean).pop() || String(path);
}


/** not_after → "Not after", sha1_thumbprint → "SHA-1 thumbprint", elapsed_ms → "Elapsed (ms)". */
export function humanizeKey(key) {
  if (String(key).toLowerCase() === 'ms') return messages.TIME_MS;
  const words = String(key)
    .replace(/credssp_ex/gi, 'credssp-ex')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => messages.keyWord(w.toLowerCase()) || w.toLowerCase());
  if (words.length === 0) return String(key);
  const first = words[0];
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

/** A scalar evidence value as text; objects and arrays are handled by the renderer. */
export function formatScalar(value) {
  if (value === null || value === undefined) return '—';
  if (value === true) return messages.YES;
  if (value === false) return messages.NO;
  return String(value);
}

export function isScalar(value) {
  return value === null || typeof value !== 'object';
}

/** "Run on: the remote PC, as administrator". */
export function whereText(fix) {
  return messages.whereWords(fix.where === 'remote_computer', fix.needs_admin);
}

export function shellName(shell) {
  return messages.shell(shell) || String(shell || messages.COMMAND);
}

/** The live count while watching: "12 attempts, 1 failed". */
export function formatAttempts(attempts, failed) {
  return messages.attemptsFailed(attempts, failed);
}

/** 30 → "30 s", 60 → "1 min", 300 → "5 min", 90 → "1 min 30 s". */
export function formatSeconds(seconds) {
  const s = Math.max(0, Math.round(Number(seconds) || 0));
  if (s < 60) return messages.seconds(s);
  return messages.minutes(Math.floor(s / 60), s % 60);
}

/** A watch sample's time since the watch began: "at 12 s". */
export function sampleTime(sample) {
  return messages.atSeconds(Math.round((Number(sample && sample.at_ms) || 0) / 1000));
}

/** What one watch sample saw, in words, without its time: "connected in 2 ms; …". */
export function sampleWords(sample) {
  if (!sample) return '';
  if (sample.failure) return messages.sampleFailed(sample.failure);
  if (sample.connect_ms === null || sample.connect_ms === undefined) return messages.NO_ANSWER;
  const connected = messages.connectedIn(formatDuration(sample.connect_ms));
  return sample.reply_ms === null || sample.reply_ms === undefined
    ? connected
    : messages.answeredIn(connected, formatDuration(sample.reply_ms));
}

/** "https://help.example.com/" → "help.example.com": the page's address as people say it. */
export function shortWebAddress(url) {
  return String(url || '')
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}
