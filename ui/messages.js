// Every sentence the page says on its own, in one place (a later step translates them).
// What a report, a fix or an offer says comes from the backend and is not here.

export const APP_NAME = 'RDP Doctor';
export const PLATFORMS = { windows: 'Windows', macos: 'macOS', linux: 'Linux' };

/** The window's title: the checked computer and the verdict's word. */
export const windowTitle = (who, word) => `${APP_NAME} — ${who} — ${word}`;

// ------------------------------------------------------------------ busy, not connected

export const RUN_BUSY = 'A check is already running. Wait for it to finish, or press Cancel.';
export const WATCH_BUSY = 'RDP Doctor is watching the connection. Press Stop watching first.';
export const NOT_CONNECTED =
  'This window is not connected to RDP Doctor. Please close it and start RDP Doctor again.';
export const SOMETHING_WRONG = 'Something went wrong inside RDP Doctor.';

// ------------------------------------------------------------------ a check

export const CANCEL = 'Cancel';
export const CANCELLING = 'Cancelling…';
export const HOST_SHOWN = 'This PC (as a Remote Desktop host)';
export const fileShown = (name) => `${name} (Remote Desktop file)`;

export const CHECKING = 'Checking…';
export const CHECKING_HOST =
  'Checking this PC’s Remote Desktop settings, service, firewall, certificate, sleep settings and sessions.';
export const checkingTarget = (target) => `Checking the connection to ${target}.`;
export const CHECKING_CONNECTION = 'Checking the connection.';
export const CHECKING_SUB = 'This usually takes a few seconds. Nothing is changed on any computer.';
export const STARTING = 'Starting…';
export const RESULTS_LATER = 'The results appear here when the check is done.';

export const CANCELLED = 'Cancelled';
export const CANCELLED_SENTENCE = 'You stopped the check before it finished.';
export const CANCELLED_SUB = 'Nothing was changed. Press Check connection to start again.';
export const CANCELLED_FINDINGS = 'The check was cancelled, so there are no results.';
export const CANCELLED_CHECKLIST = 'The check was cancelled before any step ran.';
export const CANCELLED_STATUS = 'The check was cancelled.';
export const couldNotCancel = (why) => `The check could not be cancelled: ${why}`;

export const BAD_CODE = 'Please check the error code';
export const BAD_CODE_SUB = 'Or choose None if you did not see a code.';
export const NOT_FINISHED = 'The check did not finish';
export const NOT_FINISHED_SUB =
  'Please try again. If it keeps happening, send a screenshot of this window to your IT department.';
export const NOT_FINISHED_FINDINGS = 'The check did not finish, so there are no results.';
export const NOT_FINISHED_CHECKLIST = 'The check stopped before any step ran.';

// ------------------------------------------------------------------ findings and fixes

export const NOTHING_TO_REPORT = 'Nothing to report.';
const moreWhat = (count, ok) =>
  ok === count ? 'what works' : ok === 0 ? 'other notes' : 'what works and other notes';
/** The toggle under the findings: "Show what works (3)" / "Hide what works". */
export const moreLabel = (show, count, ok) =>
  show ? `Hide ${moreWhat(count, ok)}` : `Show ${moreWhat(count, ok)} (${count})`;

export const OLD_FIX = 'This fix belongs to an older check. Please run the check again.';
export const DONE = 'Done.';
export const fixFailed = (why) => `That did not work: ${why}`;
export const WAKE_NEEDS_MAC = 'Type the network card address first (IT can tell you).';
export const SENT = 'Sent.';

// ------------------------------------------------------------------ the report's buttons

export const COPIED = 'The report is on the clipboard.';
export const couldNotCopy = (why) => `The report could not be copied: ${why}`;
export const couldNotSave = (why) => `The report could not be saved: ${why}`;
export const SENDING = 'Saving the report and opening your e-mail app…';
export const SENT_TO_IT = 'The report is saved and your e-mail app is open.';
export const couldNotSend = (why) => `The report could not be sent: ${why}`;
export const couldNotOpenHelp = (why) => `The help page could not be opened: ${why}`;
export const sendTitle = (email) => `Save the report and write an e-mail to ${email}`;

// ------------------------------------------------------------------ files

export const couldNotOpenFile = (why) => `The file could not be opened: ${why}`;
export const NOT_AN_RDP_FILE =
  'That is not a Remote Desktop file. Please drop a file whose name ends in .rdp.';

// ------------------------------------------------------------------ watching

export const STOP_WATCHING = 'Stop watching';
export const STOPPING = 'Stopping…';
export const RUN_FIRST = 'Run a check first, then watch its connection.';
export const TRYING = 'Trying the connection once a second…';
export const timeLeft = (time) => `${time} left`;
export const FINISHING = 'Finishing…';
export const lastTry = (time, words) => `Last try, ${time}: ${words}.`;
export const watchedFor = (time) => `Watched for ${time}`;
export const finishedWatching = (attempts) => `Finished watching after ${attempts}.`;
export const STOPPED = 'Stopped';
export const stoppedWatching = (n) => `Stopped watching after ${attempts(n)}.`;
export const watchingStopped = (why) => `Watching stopped: ${why}`;
export const couldNotStop = (why) => `Watching could not be stopped: ${why}`;

// ------------------------------------------------------------------ states and verdicts

/** The word beside each state's icon (a row, a finding). */
export const STATE_WORDS = {
  running: 'Checking…',
  ok: 'OK',
  info: 'Note',
  warn: 'Warning',
  fail: 'Problem',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
  stopped: 'Not finished',
};
export const UNKNOWN_STATE = 'Unknown';

/** The overall verdict's word, in the header and the banner. */
export const VERDICT_WORDS = {
  none: 'Not checked yet',
  running: 'Checking…',
  ok: 'All good',
  warn: 'Warning',
  fail: 'Problem found',
  cancelled: 'Cancelled',
  error: 'Check did not finish',
};

// ------------------------------------------------------------------ the checklist and banner

export const CHECKING_NOW = 'Checking now…';
export const WAITING_TURN = 'Waiting for its turn…';
export const STEP_NOT_FINISHED = 'This step did not finish.';
export const TOOK = 'took ';
export const NOT_UNDERSTOOD = 'Not understood';
export const targetFromFile = (target, file) => `${target} (from ${file})`;
export const checkedTarget = (target, took) => `Checked ${target}${took ? ` in ${took}` : ''}.`;
export const OPEN_A_RESULT = 'Open a result for the details and what to do.';

// ------------------------------------------------------------------ IT's config

export const openWebPage = (web) => `Open ${web}`;
export const CHECKED_FOR = 'Checked for ';
export const HELP_AFTER_NAME = ' — help: ';
export const HELP = 'Help: ';
export const PRESET_FILE_TITLE = 'Check the connection in the Remote Desktop file from IT';
export const PRESET_CHECK = 'Check ';

// ------------------------------------------------------------------ a finding's panel

export const explainsCode = (code) => (code ? `Explains ${code}` : 'Explains your error');
export const WHO_CAN_FIX = 'Who can fix it: ';
export const WHO_IT = 'your IT department';
export const WHO_USER = 'you, on this computer';
export const howToFix = (count) => (count > 1 ? 'How to fix it (choose one)' : 'How to fix it');
export const FACTS_FOR_IT = 'Facts for IT';
export const REFERENCE = 'Reference: ';
export const CONNECT_BY_ADDRESS = 'Connect by address';
export const COPY_COMMAND = 'Copy command';
export const COPY_COMMAND_FOR_IT = 'Copy command for IT';
export const RUN_ON = 'Run on: ';
export const BE_AWARE = 'Be aware: ';
export const WAKE_MAC_LABEL = 'The PC’s network card address (MAC), if you know it';
export const WAKE_MAC_PLACEHOLDER = 'e.g. 00-1A-2B-3C-4D-5E';
export const WAKE_PC = 'Wake the PC';
export const commandOption = (shell, n) => `${shell} (option ${n})`;
export const UNDO_LATER = 'To undo it later';
/** "Run on: the remote PC, as administrator". */
export const whereWords = (remote, admin) =>
  `${remote ? 'the remote PC' : 'this computer'}${admin ? ', as administrator' : ''}`;
export const SHELLS = { powershell: 'PowerShell', cmd: 'Command Prompt', sh: 'Terminal' };
export const COMMAND = 'Command';
export const YES = 'Yes';
export const NO = 'No';
export const TIME_MS = 'Time (ms)';
/** How evidence keys' words are written ("rtt" → "Round trip"). */
export const KEY_WORDS = {
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

// ------------------------------------------------------------------ times and the watch plot

export const ms = (n) => `${n} ms`;
export const LESS_THAN_1_MS = '<1 ms';
export const seconds = (n) => `${n} s`;
export const minutes = (m, s) => (s ? `${m} min ${s} s` : `${m} min`);
/** 1 → "1 attempt", 3 → "3 attempts". */
export const attempts = (n) => `${n} attempt${n === 1 ? '' : 's'}`;
export const attemptsFailed = (n, failed) => `${attempts(n)}, ${failed} failed`;
export const atSeconds = (n) => `at ${n} s`;
export const sampleFailed = (why) => `failed: ${why}`;
export const NO_ANSWER = 'no answer';
export const connectedIn = (time) => `connected in ${time}`;
export const answeredIn = (connected, time) => `${connected}; Remote Desktop answered in ${time}`;
export const tryLabel = (n, time, words) => `Try ${n}, ${time}: ${words}`;
export const NO_TRIES = 'Time to connect for each try: no tries yet.';
export const forTries = (n) => `Time to connect for ${n === 1 ? 'the 1 try' : `each of ${n} tries`}`;
export const workedEach = (n, time) => `${n} worked, each in ${time}`;
export const workedRange = (n, fastest, slowest) => `${n} worked, in ${fastest} to ${slowest}`;
export const NONE_FAILED = 'none failed';
export const failedAt = (time, why) => `${time}: ${why}`;
export const andMore = (n) => `; and ${n} more`;
export const failedList = (n, list, more) => `${n} failed (${list}${more})`;
