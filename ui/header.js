// The header (what was checked, when, the verdict), the app's version and platform, and what
// IT's config file sets up: the organisation line, the one-click checks and the notice.

import { replaceChildren } from './dom.js';
import { ui } from './elements.js';
import { verdictOf } from './format.js';
import { messages } from './messages.js';
import * as render from './render.js';
import { setAppVersionKnown, state } from './state.js';

/** Sets the header's facts; a field left undefined keeps what it shows. */
export function setHeader({ target, time, errorCode, verdict }) {
  if (target !== undefined) ui.headerTarget.textContent = target || '—';
  if (time !== undefined) ui.headerTime.textContent = time || '—';
  if (errorCode !== undefined) {
    ui.headerErrorCode.textContent = errorCode || '';
    ui.headerErrorCodeFact.hidden = !errorCode;
  }
  if (verdict !== undefined) {
    ui.headerVerdict.dataset.verdict = verdict;
    replaceChildren(ui.headerVerdict, render.renderVerdictPill(verdict));
    const word = verdictOf(verdict).word;
    const who = ui.headerTarget.textContent;
    document.title = verdict === 'none' ? messages.APP_NAME : messages.windowTitle(who, word);
  }
}

/** The header for a finished report; its tool version until app_info has told it. */
export function showReportHeader(report) {
  const facts = render.headerFacts(report);
  setHeader({ target: facts.target, time: facts.time, errorCode: facts.errorCode, verdict: report.verdict });
  if (!state.appVersionKnown && report.tool && report.tool.version) ui.appVersion.textContent = report.tool.version;
}

/** What app_info says: version, platform and IT's config. */
export function showAppInfo(info) {
  if (info.version) {
    ui.appVersion.textContent = info.version;
    setAppVersionKnown();
  }
  if (info.platform) {
    ui.appPlatform.textContent = messages.platform(info.platform);
    ui.body.dataset.platform = info.platform;
  }
  showItConfig(info);
}

function showItConfig(info) {
  const org = info.organisation || null;
  replaceChildren(ui.headerOrg, render.renderOrganisation(org));
  ui.headerOrg.hidden = ui.headerOrg.childNodes.length === 0;
  const presets = Array.isArray(info.presets) ? info.presets : [];
  replaceChildren(
    ui.presetButtons,
    presets.map((preset, index) => render.renderPresetButton(preset, index)),
  );
  ui.presets.hidden = presets.length === 0;
  // The first configured PC, ready to check; what the user typed meanwhile stays.
  if (info.target && !ui.target.value) ui.target.value = info.target;
  ui.sendButton.hidden = !info.send_to_it;
  if (org && org.support && org.support.email) ui.sendButton.title = messages.sendTitle(org.support.email);
  ui.configNoticeText.textContent = info.config_notice || '';
  ui.configNotice.hidden = !info.config_notice;
}
