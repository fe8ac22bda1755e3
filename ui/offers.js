// What the backend says beside the current report (engine::page, through page_view): its
// offers (whether watching makes sense, the words of each fix's confirmation) and how its
// findings and fixes show. Asked once the backend holds the report, i.e. after a check's or a
// watch's command has answered.

import * as api from './api.js';
import { setView, state } from './state.js';

/**
 * Asks how the current report shows and what it offers, and keeps it (nothing is offered when that fails);
 * false when another report arrived meanwhile.
 */
export async function refreshOffers() {
  // While a check runs, the backend does not hold its report yet.
  if (state.run) return false;
  const report = state.report;
  let view = null;
  try {
    view = await api.pageView();
  } catch {
    view = null;
  }
  if (state.report !== report) return false;
  setView(view);
  return true;
}

/** The offers for the current report, asked for first when they are not in yet. */
export async function currentOffers() {
  if (!state.offers) await refreshOffers();
  return state.offers;
}
