// What the backend offers beside the current report (engine::offers, through report_offers):
// whether watching makes sense and the words of each fix's confirmation. Asked once the
// backend holds the report, i.e. after a check's or a watch's command has answered.

import * as api from './api.js';
import { setOffers, state } from './state.js';

/**
 * Asks for the current report's offers and keeps them (nothing is offered when that fails);
 * false when another report arrived meanwhile.
 */
export async function refreshOffers() {
  // While a check runs, the backend does not hold its report yet.
  if (state.run) return false;
  const report = state.report;
  let offers = null;
  try {
    offers = await api.reportOffers();
  } catch {
    offers = null;
  }
  if (state.report !== report) return false;
  setOffers(offers);
  return true;
}

/** The offers for the current report, asked for first when they are not in yet. */
export async function currentOffers() {
  if (!state.offers) await refreshOffers();
  return state.offers;
}
