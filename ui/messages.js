// The page's words: a thin lookup over the catalogue's page messages
// (crates/diagnose/messages/en.ftl, "## The page"), which the backend's `page_words` hands over
// once at start, each with its placeholders left as `{name}`. This file only picks a message
// by key and fills its placeholders; what a report, a fix or an offer says comes from the
// backend too. The one sentence kept here is for a window that cannot reach the backend.

let words = {};
/** The tag of the language the words are in (BCP 47), for Intl's dates and `<html lang>`. */
let tag = 'en';

/** The words' language, as the backend's `language` names it. */
export function setLocale(loaded) {
  if (typeof loaded === 'string' && loaded) tag = loaded;
}

/** The words' language tag; the pseudo-locales format dates as English. */
export function locale() {
  return tag.startsWith('qps-') ? 'en' : tag;
}

/** The catalogue's page words ({key: text}); loaded once before the page renders. */
export function setWords(loaded) {
  words = loaded && typeof loaded === 'object' ? loaded : {};
}

/** The message `key`, its `{name}` placeholders filled from `values`; the key when missing. */
export function text(key, values) {
  const message = Object.hasOwn(words, key) ? words[key] : key;
  if (!values) return message;
  return message.replace(/\{([a-z_]+)\}/g, (whole, name) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The message `prefix + name` when the catalogue has one, else null. */
function named(prefix, name) {
  const key = `${prefix}${String(name)}`;
  return Object.hasOwn(words, key) ? words[key] : null;
}

/** Fills every element's words from its data-msg (text) and data-msg-* (attribute) keys. */
export function fillStatic(root) {
  for (const element of root.querySelectorAll('[data-msg]')) {
    element.textContent = text(element.dataset.msg);
  }
  for (const attribute of ['placeholder', 'title', 'aria-label']) {
    for (const element of root.querySelectorAll(`[data-msg-${attribute}]`)) {
      element.setAttribute(attribute, text(element.getAttribute(`data-msg-${attribute}`)));
    }
  }
}

/** Without the backend there are no words to load: the one sentence the page keeps. */
const NOT_CONNECTED_FALLBACK =
  'This window is not connected to RDP Doctor. Please close it and start RDP Doctor again.';

export const messages = {
  get APP_NAME() { return text('page-app-name'); },
  platform: (p) => named('page-platform-', p) || p,
  /** The window's title: the checked computer and the verdict's word. */
  windowTitle: (who, word) => text('page-window-title', { who, word }),

  // ---------------------------------------------------------------- busy, not connected
  get RUN_BUSY() { return text('page-run-busy'); },
  get WATCH_BUSY() { return text('page-watch-busy'); },
  get NOT_CONNECTED() {
    return Object.hasOwn(words, 'page-not-connected') ? words['page-not-connected'] : NOT_CONNECTED_FALLBACK;
  },
  get SOMETHING_WRONG() { return text('page-something-wrong'); },

  // ---------------------------------------------------------------- a check
  get CANCEL() { return text('page-cancel'); },
  get CANCELLING() { return text('page-cancelling'); },
  get CHECKING() { return text('page-checking'); },
  get CHECKING_HOST() { return text('page-checking-host'); },
  checkingTarget: (target) => text('page-checking-target', { target }),
  get CHECKING_CONNECTION() { return text('page-checking-connection'); },
  get CHECKING_SUB() { return text('page-checking-sub'); },
  get STARTING() { return text('page-starting'); },
  get RESULTS_LATER() { return text('page-results-later'); },
  get CANCELLED() { return text('page-cancelled'); },
  get CANCELLED_SENTENCE() { return text('page-cancelled-sentence'); },
  get CANCELLED_SUB() { return text('page-cancelled-sub'); },
  get CANCELLED_FINDINGS() { return text('page-cancelled-findings'); },
  get CANCELLED_CHECKLIST() { return text('page-cancelled-checklist'); },
  get CANCELLED_STATUS() { return text('page-cancelled-status'); },
  couldNotCancel: (why) => text('page-could-not-cancel', { why }),
  get BAD_CODE() { return text('page-bad-code'); },
  get BAD_CODE_SUB() { return text('page-bad-code-sub'); },
  get NOT_FINISHED() { return text('page-not-finished'); },
  get NOT_FINISHED_SUB() { return text('page-not-finished-sub'); },
  get NOT_FINISHED_FINDINGS() { return text('page-not-finished-findings'); },
  get NOT_FINISHED_CHECKLIST() { return text('page-not-finished-checklist'); },

  // ---------------------------------------------------------------- findings and fixes
  get NOTHING_TO_REPORT() { return text('page-nothing-to-report'); },
  get OLD_FIX() { return text('page-old-fix'); },
  get DONE() { return text('page-done'); },
  fixFailed: (why) => text('page-fix-failed', { why }),
  get WAKE_NEEDS_MAC() { return text('page-wake-needs-mac'); },
  get SENT() { return text('page-sent'); },

  // ---------------------------------------------------------------- the report's buttons
  get COPIED() { return text('page-copied'); },
  couldNotCopy: (why) => text('page-could-not-copy', { why }),
  couldNotSave: (why) => text('page-could-not-save', { why }),
  get SENDING() { return text('page-sending'); },
  get SENT_TO_IT() { return text('page-sent-to-it'); },
  couldNotSend: (why) => text('page-could-not-send', { why }),
  couldNotOpenHelp: (why) => text('page-could-not-open-help', { why }),
  sendTitle: (email) => text('page-send-title', { email }),

  // ---------------------------------------------------------------- files
  couldNotOpenFile: (why) => text('page-could-not-open-file', { why }),

  // ---------------------------------------------------------------- watching
  get STOP_WATCHING() { return text('page-stop-watching'); },
  get STOPPING() { return text('page-stopping'); },
  get RUN_FIRST() { return text('page-run-first'); },
  get TRYING() { return text('page-trying'); },
  timeLeft: (time) => text('page-time-left', { time }),
  get FINISHING() { return text('page-finishing'); },
  lastTry: (time, words) => text('page-last-try', { time, words }),
  watchedFor: (time) => text('page-watched-for', { time }),
  finishedWatching: (attempts) => text('page-finished-watching', { attempts }),
  get STOPPED() { return text('page-stopped'); },
  stoppedWatching: (n) => text('page-stopped-watching', { attempts: messages.attempts(n) }),
  watchingStopped: (why) => text('page-watching-stopped', { why }),
  couldNotStop: (why) => text('page-could-not-stop', { why }),

  // ---------------------------------------------------------------- states and verdicts
  /** The word beside a state's icon (a row, a finding); null for a state without one. */
  stateWord: (state) => named('page-state-', state),
  get UNKNOWN_STATE() { return text('page-state-unknown'); },
  /** The overall verdict's word, in the header and the banner. */
  verdictWord: (verdict) => named('page-verdict-', verdict),

  // ---------------------------------------------------------------- the checklist and banner
  get CHECKING_NOW() { return text('page-checking-now'); },
  get WAITING_TURN() { return text('page-waiting-turn'); },
  get STEP_NOT_FINISHED() { return text('page-step-not-finished'); },
  get TOOK() { return text('page-took'); },
  get NOT_UNDERSTOOD() { return text('page-not-understood'); },
  targetFromFile: (target, file) => text('page-target-from-file', { target, file }),
  checkedTarget: (target, took) =>
    took ? text('page-checked-target-in', { target, took }) : text('page-checked-target', { target }),
  get OPEN_A_RESULT() { return text('page-open-a-result'); },

  // ---------------------------------------------------------------- IT's config
  openWebPage: (web) => text('page-open-web-page', { web }),
  get CHECKED_FOR() { return text('page-checked-for'); },
  get HELP_AFTER_NAME() { return text('page-help-after-name'); },
  get HELP() { return text('page-help'); },
  get PRESET_FILE_TITLE() { return text('page-preset-file-title'); },
  get PRESET_CHECK() { return text('page-preset-check'); },

  // ---------------------------------------------------------------- a finding's panel
  explainsCode: (code) => (code ? text('page-explains-code', { code }) : text('page-explains-your-error')),
  get WHO_CAN_FIX() { return text('page-who-can-fix'); },
  get WHO_IT() { return text('page-who-it'); },
  get WHO_USER() { return text('page-who-user'); },
  howToFix: (count) => (count > 1 ? text('page-how-to-fix-choose') : text('page-how-to-fix')),
  get FACTS_FOR_IT() { return text('page-facts-for-it'); },
  get REFERENCE() { return text('page-reference'); },
  get RUN_ON() { return text('page-run-on'); },
  get BE_AWARE() { return text('page-be-aware'); },
  get WAKE_MAC_LABEL() { return text('page-wake-mac-label'); },
  get WAKE_MAC_PLACEHOLDER() { return text('page-wake-mac-placeholder'); },
  get WAKE_PC() { return text('page-wake-pc'); },
  commandOption: (shell, n) => text('page-command-option', { shell, n }),
  get UNDO_LATER() { return text('page-undo-later'); },
  /** "Run on: the remote PC, as administrator". */
  whereWords: (remote, admin) =>
    remote
      ? text(admin ? 'page-run-on-remote-admin' : 'page-run-on-remote')
      : text(admin ? 'page-run-on-here-admin' : 'page-run-on-here'),
  shell: (shell) => named('page-shell-', shell),
  get COMMAND() { return text('page-command'); },
  get YES() { return text('page-yes'); },
  get NO() { return text('page-no'); },
  get TIME_MS() { return text('page-time-ms'); },
  /** How an evidence key's word is written ("rtt" → "Round trip"); null when as it is. */
  keyWord: (word) => named('page-key-', word),

  // ---------------------------------------------------------------- times and the watch plot
  ms: (n) => text('page-ms', { n }),
  get LESS_THAN_1_MS() { return text('page-less-than-1-ms'); },
  seconds: (n) => text('page-seconds', { n }),
  minutes: (m, s) => (s ? text('page-minutes-seconds', { m, s }) : text('page-minutes', { m })),
  /** 1 → "1 attempt", 3 → "3 attempts". */
  attempts: (n) => (n === 1 ? text('page-attempt-one', { n }) : text('page-attempts', { n })),
  attemptsFailed: (n, failed) => text('page-attempts-failed', { attempts: messages.attempts(n), failed }),
  atSeconds: (n) => text('page-at-seconds', { n }),
  sampleFailed: (why) => text('page-sample-failed', { why }),
  get NO_ANSWER() { return text('page-no-answer'); },
  connectedIn: (time) => text('page-connected-in', { time }),
  answeredIn: (connected, time) => text('page-answered-in', { connected, time }),
  tryLabel: (n, time, words) => text('page-try-label', { n, time, words }),
  get NO_TRIES() { return text('page-no-tries'); },
  forTries: (n) => (n === 1 ? text('page-for-one-try') : text('page-for-tries', { n })),
  workedEach: (n, time) => text('page-worked-each', { n, time }),
  workedRange: (n, fastest, slowest) => text('page-worked-range', { n, fastest, slowest }),
  get NONE_FAILED() { return text('page-none-failed'); },
  failedAt: (time, why) => text('page-failed-at', { time, why }),
  andMore: (n) => text('page-and-more', { n }),
  failedList: (n, list, more) => text('page-failed-list', { n, list, more }),
};
