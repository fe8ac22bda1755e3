// Pure formatting helpers: values in, strings out. No diagnosis here, only presentation.

/** Icon and word for every state a row, a finding or the verdict can be in. */
export const STATES = {
  running: { icon: '', word: 'Checking…' },
  ok: { icon: '✓', word: 'OK' },
  info: { icon: 'i', word: 'Note' },
  warn: { icon: '!', word: 'Warning' },
  fail: { icon: '✗', word: 'Problem' },
  skipped: { icon: '–', word: 'Skipped' },
  cancelled: { icon: '–', word: 'Cancelled' },
  stopped: { icon: '–', word: 'Not finished' },
};

export function stateOf(status) {
  return STATES[status] || { icon: '?', word: String(status || 'Unknown') };
}

/** The overall verdict, as shown in the header and the banner. */
export const VERDICTS = {
  none: { icon: '–', word: 'Not checked yet' },
  running: { icon: '', word: 'Checking…' },
  ok: { icon: '✓', word: 'All good' },
  warn: { icon: '!', word: 'Warning' },
  fail: { icon: '✗', word: 'Problem found' },
  cancelled: { icon: '–', word: 'Cancelled' },
  error: { icon: '✗', word: 'Check did not finish' },
};

export function verdictOf(verdict) {
  return VERDICTS[verdict] || VERDICTS.none;
}

/** 0 → "<1 ms", 412 → "412 ms", 2450 → "2.5 s"; null → "". */
export function formatDuration(ms) {
  if (ms === null || ms === undefined || Number.isNaN(Number(ms))) return '';
  const n = Number(ms);
  if (n < 1) return '<1 ms';
  if (n < 1000) return `${Math.round(n)} ms`;
  const s = n / 1000;
  return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
}

const DATE_TIME = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** An RFC 3339 string or a Date, in the user's local time: "21 March 2026 at 10:14 CET". */
export function formatDateTime(value) {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  try {
    return new Intl.DateTimeFormat(undefined, DATE_TIME).format(date);
  } catch {
    return date.toLocaleString();
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

const WORDS = {
  ip: 'IP',
  ips: 'IPs',
  dns: 'DNS',
  tcp: 'TCP',
  tls: 'TLS',
  rdp: 'RDP',
  nla: 'NLA',
  os: 'OS',
  id: 'ID',
  ms: '(ms)',
  uri: 'URI',
  url: 'URL',
  san: 'SAN',
  cn: 'CN',
  ntlm: 'NTLM',
  netbios: 'NetBIOS',
  credssp: 'CredSSP',
  'credssp-ex': 'CredSSP-EX',
  rdstls: 'RDSTLS',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  rsa: 'RSA',
  vpn: 'VPN',
  mac: 'MAC',
  ipv4: 'IPv4',
  ipv6: 'IPv6',
  rtt: 'Round trip',
};

/** not_after → "Not after", sha1_thumbprint → "SHA-1 thumbprint", elapsed_ms → "Elapsed (ms)". */
export function humanizeKey(key) {
  if (String(key).toLowerCase() === 'ms') return 'Time (ms)';
  const words = String(key)
    .replace(/credssp_ex/gi, 'credssp-ex')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => WORDS[w.toLowerCase()] || w.toLowerCase());
  if (words.length === 0) return String(key);
  const first = words[0];
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

/** A scalar evidence value as text; objects and arrays are handled by the renderer. */
export function formatScalar(value) {
  if (value === null || value === undefined) return '—';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return String(value);
}

export function isScalar(value) {
  return value === null || typeof value !== 'object';
}

/** "Run on: the remote PC, as administrator". */
export function whereText(fix) {
  const place = fix.where === 'remote_computer' ? 'the remote PC' : 'this computer';
  return `${place}${fix.needs_admin ? ', as administrator' : ''}`;
}

export const SHELLS = {
  powershell: 'PowerShell',
  cmd: 'Command Prompt',
  sh: 'Terminal',
};

export function shellName(shell) {
  return SHELLS[shell] || String(shell || 'Command');
}

export const PLATFORMS = { windows: 'Windows', macos: 'macOS', linux: 'Linux' };

/** 1 → "1 attempt", 3 → "3 attempts". */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The live count while watching: "12 attempts, 1 failed". */
export function formatAttempts(attempts, failed) {
  return `${plural(attempts, 'attempt')}, ${failed} failed`;
}

/** 30 → "30 s", 60 → "1 min", 300 → "5 min", 90 → "1 min 30 s". */
export function formatSeconds(seconds) {
  const s = Math.max(0, Math.round(Number(seconds) || 0));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest ? `${m} min ${rest} s` : `${m} min`;
}

/** A watch sample's time since the watch began: "at 12 s". */
export function sampleTime(sample) {
  return `at ${Math.round((Number(sample && sample.at_ms) || 0) / 1000)} s`;
}

/** What one watch sample saw, in words, without its time: "connected in 2 ms; …". */
export function sampleWords(sample) {
  if (!sample) return '';
  if (sample.failure) return `failed: ${sample.failure}`;
  if (sample.connect_ms === null || sample.connect_ms === undefined) return 'no answer';
  const connected = `connected in ${formatDuration(sample.connect_ms)}`;
  return sample.reply_ms === null || sample.reply_ms === undefined
    ? connected
    : `${connected}; Remote Desktop answered in ${formatDuration(sample.reply_ms)}`;
}

/** "https://help.example.com/" → "help.example.com": the page's address as people say it. */
export function shortWebAddress(url) {
  return String(url || '')
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}
