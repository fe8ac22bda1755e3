// The language menu: the backend's languages, each in its own name. The user's pick is kept in
// localStorage and asked for again at start; the backend decides whether it may be used (IT's
// config can fix the language, and the menu then says so and is disabled). A pick reloads the
// page's words and draws everything again in them, the current report included (the backend
// diagnoses it again from its evidence).

import * as api from './api.js';
import { h, replaceChildren } from './dom.js';
import { ui } from './elements.js';
import { fillStatic, setLocale, setWords } from './messages.js';

const KEY = 'rdp-doctor.language';

/** The user's earlier pick, or null (storage may be unavailable). */
function remembered() {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function remember(tag) {
  try {
    window.localStorage.setItem(KEY, tag);
  } catch {
    // Not remembered: the next start uses the computer's language again.
  }
}

/** `<html lang dir>` and the menu from the backend's language state. */
function showLanguage(language) {
  if (!language || typeof language !== 'object') return;
  setLocale(language.tag);
  ui.html.lang = language.tag;
  ui.html.dir = language.direction === 'rtl' ? 'rtl' : 'ltr';
  const offered = Array.isArray(language.offered) ? [...language.offered] : [];
  // A pseudo-locale is not offered, but the menu names what the words are in.
  if (!offered.some((o) => o.tag === language.tag)) offered.push({ tag: language.tag, name: language.tag });
  replaceChildren(
    ui.language,
    offered.map((o) => h('option', { value: o.tag, lang: o.tag }, o.name)),
  );
  ui.language.value = language.tag;
  ui.language.disabled = Boolean(language.fixed);
  ui.languageFixed.hidden = !language.fixed;
  if (language.fixed) ui.language.title = ui.languageFixed.textContent;
  else ui.language.removeAttribute('title');
}

/** The page's words in the language the backend now speaks, filled into index.html. */
async function loadWords() {
  try {
    setWords(await api.pageWords());
  } catch {
    setWords(null);
  }
  fillStatic(document);
}

/**
 * At start, before anything is drawn: the backend's language, or the user's remembered pick
 * when the backend allows it; then the words.
 */
export async function startLanguage() {
  let language = null;
  try {
    language = await api.language();
    const wanted = remembered();
    if (wanted && !language.fixed && wanted !== language.tag) {
      language = (await api.setLanguage(wanted)).language;
    }
  } catch {
    // A refused pick (no longer spoken): the backend's own choice stands.
  }
  await loadWords();
  showLanguage(language);
  if (language) ui.body.dataset.drawnIn = language.tag;
}

/**
 * `redraw(report)` draws the page again in the new words (report: the current one worded
 * again, or null); `canChange()` is false while a check or a watch runs.
 */
export function wireLanguage({ redraw, canChange, refused }) {
  ui.language.addEventListener('change', async () => {
    const tag = ui.language.value;
    if (!canChange()) {
      ui.language.value = ui.html.lang;
      return;
    }
    let change;
    try {
      change = await api.setLanguage(tag);
    } catch (error) {
      ui.language.value = ui.html.lang;
      refused(api.normalizeError(error));
      return;
    }
    remember(change.language.tag);
    await loadWords();
    showLanguage(change.language);
    await redraw(change.report || null);
    // Everything is drawn in the new words (tests wait for this).
    ui.body.dataset.drawnIn = change.language.tag;
  });
}
