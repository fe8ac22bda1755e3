// "What we found": the findings, the "show what works" toggle, each finding's panel, and the
// fix buttons (run by id; the backend plans what runs from its own report).

import * as api from './api.js';
import { replaceChildren } from './dom.js';
import { confirmWith } from './dialog.js';
import { ui } from './elements.js';
import { messages } from './messages.js';
import { currentOffers } from './offers.js';
import * as render from './render-findings.js';
import { state } from './state.js';
import { setStatus } from './status.js';

/** No findings (yet); `placeholder` says why. */
export function clearFindings(placeholder) {
  replaceChildren(ui.findings);
  ui.findings.dataset.showMore = 'false';
  ui.findings.hidden = true;
  ui.toggleMore.hidden = true;
  ui.findingsPlaceholder.textContent = placeholder;
  ui.findingsPlaceholder.hidden = false;
}

/** The report's findings, shown as the backend's view (engine::page) says. */
export function showFindings(report, view) {
  const { items, leadingCount, moreCount } = render.renderFindings(report, view);
  replaceChildren(ui.findings, items);
  ui.findings.hidden = items.length === 0;
  ui.findingsPlaceholder.hidden = items.length > 0;
  ui.findingsPlaceholder.textContent = items.length === 0 ? messages.NOTHING_TO_REPORT : '';
  ui.toggleMore.hidden = moreCount === 0 || leadingCount === 0;
  // With no problem to show, what works is the result: show it right away.
  setShowMore(leadingCount === 0);
}

function setShowMore(show) {
  ui.findings.dataset.showMore = show ? 'true' : 'false';
  ui.toggleMore.setAttribute('aria-expanded', show ? 'true' : 'false');
  const more = state.view ? state.view.more : { show: '', hide: '' };
  ui.toggleMoreLabel.textContent = show ? more.hide : more.show;
  if (!show && ui.findings.contains(document.activeElement)) {
    const item = document.activeElement.closest('li.finding');
    if (item && item.dataset.group === 'more') ui.toggleMore.focus();
  }
}

function toggleFinding(button) {
  const panel = document.getElementById(button.getAttribute('aria-controls'));
  if (!panel) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  panel.hidden = !open;
  const item = button.closest('li.finding');
  if (item) item.dataset.expanded = open ? 'true' : 'false';
}

// ------------------------------------------------------------------ fixes

async function onWake() {
  const input = document.getElementById('wake-mac');
  const button = document.getElementById('wake-pc');
  const result = document.getElementById('wake-result');
  if (!input || !button || !result) return;
  const mac = input.value.trim();
  if (!mac) {
    result.textContent = messages.WAKE_NEEDS_MAC;
    result.dataset.tone = 'error';
    input.focus();
    return;
  }
  button.disabled = true;
  try {
    const answer = await api.wakePc(mac);
    result.textContent = (answer && answer.message) || messages.SENT;
    result.dataset.tone = 'info';
  } catch (error) {
    result.textContent = api.normalizeError(error).message;
    result.dataset.tone = 'error';
  } finally {
    button.disabled = false;
  }
}

async function onFixButton(button) {
  const fixId = button.dataset.fixId;
  if (state.run) {
    setStatus(messages.RUN_BUSY);
    return;
  }
  if (!state.fixes.has(fixId) || !state.report) {
    setStatus(messages.OLD_FIX, 'error');
    return;
  }
  const result = button.parentElement && button.parentElement.querySelector('.fix-result');
  // The backend says which fixes are confirmed first, and in which words.
  const offers = await currentOffers();
  const words = offers && offers.confirm[fixId];
  if (words) {
    const ok = await confirmWith(words);
    if (!ok) {
      if (result) result.textContent = '';
      setStatus(words.declined);
      return;
    }
  }
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const answer = await api.runFix(fixId);
    const message = (answer && answer.message) || messages.DONE;
    if (result) {
      result.textContent = message;
      result.dataset.tone = 'info';
    }
    setStatus(message, 'info', Boolean(result));
  } catch (error) {
    const message = messages.fixFailed(api.normalizeError(error).message);
    if (result) {
      result.textContent = message;
      result.dataset.tone = 'error';
    }
    setStatus(message, 'error', Boolean(result));
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export function wireFindings() {
  ui.toggleMore.addEventListener('click', () => setShowMore(ui.findings.dataset.showMore !== 'true'));
  ui.findings.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest('#wake-pc')) {
      onWake();
      return;
    }
    const fixButton = target.closest('button[data-fix-id]');
    if (fixButton && ui.findings.contains(fixButton)) {
      onFixButton(fixButton);
      return;
    }
    const toggle = target.closest('button.finding-toggle');
    if (toggle && ui.findings.contains(toggle)) toggleFinding(toggle);
  });
}
