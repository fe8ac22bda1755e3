// Every sentence the page says on its own, in one place (a later step translates them).
// What a report, a fix or an offer says comes from the backend and is not here.

export const APP_NAME = 'RDP Doctor';

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
export const stoppedWatching = (attempts) =>
  `Stopped watching after ${attempts === 1 ? '1 attempt' : `${attempts} attempts`}.`;
export const watchingStopped = (why) => `Watching stopped: ${why}`;
export const couldNotStop = (why) => `Watching could not be stopped: ${why}`;
