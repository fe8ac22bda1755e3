// The result: the banner beside the report's buttons, and a finished, cancelled or failed
// check across the header, the checklist and the findings.

import { replaceChildren } from './dom.js';
import { ui } from './elements.js';
import { focusErrorCode } from './form.js';
import { formatDateTime } from './format.js';
import { clearChecklist, markUnfinishedRows, showRow, updateChecklistPlaceholder } from './checklist.js';
import { clearFindings, showFindings } from './findings.js';
import { setHeader, showReportHeader } from './header.js';
import { messages } from './messages.js';
import * as render from './render.js';
import { setReport, state } from './state.js';
import { setStatus } from './status.js';

function setBanner(verdict, ...content) {
  ui.banner.dataset.verdict = verdict;
  replaceChildren(ui.banner, ...content);
}

/** A check has started: `shown` names what it is of (empty when nothing was typed). */
export function showRunning({ shown, host, errorCode }) {
  setHeader({ target: shown || '—', time: formatDateTime(new Date()), errorCode: errorCode || '', verdict: 'running' });
  ui.emptyState.hidden = true;
  ui.bannerRow.hidden = false;
  ui.reportActions.hidden = true;
  ui.results.hidden = false;
  const sentence = host
    ? messages.CHECKING_HOST
    : shown
      ? messages.checkingTarget(shown)
      : messages.CHECKING_CONNECTION;
  setBanner('running', render.renderBanner('running', messages.CHECKING, sentence, messages.CHECKING_SUB));
  clearChecklist(messages.STARTING);
  clearFindings(messages.RESULTS_LATER);
}

/** The backend's plan named what is checked (`header`): the header and the banner say it. */
export function showChecked(header, host) {
  setHeader({ target: header, verdict: 'running' });
  const sentence = host ? messages.CHECKING_HOST : messages.checkingTarget(header);
  setBanner('running', render.renderBanner('running', messages.CHECKING, sentence, messages.CHECKING_SUB));
}

/**
 * A finished report (a check's or a watch's): its rows at once, whichever way it arrives
 * first; the rest once the backend said how it shows (showJudged).
 */
export function showReport(report) {
  if (!report || typeof report !== 'object' || !setReport(report)) return;
  // Checklist: the report's rows are the truth; unchanged rows are left alone.
  for (const row of report.checks || []) showRow(row);
  // A planned row the report does not mention must not spin forever.
  markUnfinishedRows('stopped');
}

/**
 * The header, the banner, the report's buttons and the findings, once the backend's view of
 * the current report (engine::page) is in: they appear together.
 */
export function showJudged() {
  const report = state.report;
  if (!report || !state.view) return;
  showReportHeader(report);
  setBanner(report.verdict, render.renderReportBanner(report, state.view));
  ui.reportActions.hidden = false;
  ui.body.dataset.state = 'done';
  showFindings(report, state.view);
}

export function showCancelled() {
  ui.body.dataset.state = 'cancelled';
  markUnfinishedRows('cancelled');
  setHeader({ verdict: 'cancelled' });
  setBanner(
    'cancelled',
    render.renderBanner('cancelled', messages.CANCELLED, messages.CANCELLED_SENTENCE, messages.CANCELLED_SUB),
  );
  clearFindings(messages.CANCELLED_FINDINGS);
  updateChecklistPlaceholder(messages.CANCELLED_CHECKLIST);
  setStatus(messages.CANCELLED_STATUS);
}

/** The check failed before a report (err: { code, message }). */
export function showError(err) {
  ui.body.dataset.state = 'error';
  markUnfinishedRows('stopped');
  setHeader({ verdict: 'error' });
  const badCode = err.code === 'bad_error_code';
  setBanner(
    'error',
    render.renderBanner(
      'error',
      badCode ? messages.BAD_CODE : messages.NOT_FINISHED,
      err.message,
      badCode ? messages.BAD_CODE_SUB : messages.NOT_FINISHED_SUB,
    ),
  );
  if (badCode) window.setTimeout(focusErrorCode, 0);
  clearFindings(messages.NOT_FINISHED_FINDINGS);
  updateChecklistPlaceholder(messages.NOT_FINISHED_CHECKLIST);
}
