// Pure rendering of the watch card: the latency plot (SVG) and its summary in words.

import { h, svg } from './dom.js';
import { formatDuration, formatSeconds, sampleTime, sampleWords, stateOf } from './format.js';
import { messages } from './messages.js';
import { renderBadge } from './render.js';

// ---------------------------------------------------------------- watching the connection

/** The plot's drawing box (SVG user units); the SVG scales to its card's width. */
const PLOT = { width: 480, height: 64, left: 46, right: 8, top: 6, baseline: 46, axisText: 60 };
/** Upper ends of the time scale: the smallest one that holds the slowest connect is used. */
const SCALE_MS = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 30000, 60000];
/** A short watch still spreads over this many one-second slots, so its bars stay slim. */
const MIN_SLOTS = 12;

function scaleTop(samples) {
  const slowest = Math.max(0, ...samples.filter((s) => !s.failure).map((s) => Number(s.connect_ms) || 0));
  return SCALE_MS.find((top) => top >= slowest) || Math.ceil(slowest / 1000) * 1000;
}

/**
 * The latency plot's content for `samples` ({at_ms, connect_ms, reply_ms, failure}): one mark
 * per sample (`g.watch-mark`, a bar as tall as the time to connect, or a red cross for a failed
 * try), each with a <title>, over a scale and a time axis of `seconds`. Returns the nodes and
 * the plot's summary in words (its accessible name).
 */
export function renderWatchPlot(samples, { seconds = 30 } = {}) {
  const list = Array.isArray(samples) ? samples : [];
  const lastSecond = list.reduce((m, s) => Math.max(m, Math.floor((Number(s.at_ms) || 0) / 1000)), 0);
  const slots = Math.max(MIN_SLOTS, Math.round(seconds) || 0, lastSecond + 1);
  const plotW = PLOT.width - PLOT.left - PLOT.right;
  const plotH = PLOT.baseline - PLOT.top;
  const slotW = plotW / slots;
  const barW = Math.min(14, Math.max(1, slotW * 0.62));
  const top = scaleTop(list);
  const summary = watchPlotSummary(list);
  const r = (n) => Math.round(n * 100) / 100;

  const nodes = [
    svg('title', null, summary),
    svg('line', { class: 'watch-grid', x1: PLOT.left, x2: PLOT.width - PLOT.right, y1: PLOT.top, y2: PLOT.top }),
    svg('line', { class: 'watch-axis', x1: PLOT.left, x2: PLOT.width - PLOT.right, y1: PLOT.baseline, y2: PLOT.baseline }),
    svg('text', { class: 'watch-scale', x: PLOT.left - 6, y: PLOT.top + 4, 'text-anchor': 'end' }, formatDuration(top)),
    svg('text', { class: 'watch-scale', x: PLOT.left - 6, y: PLOT.baseline + 4, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'watch-scale', x: PLOT.left, y: PLOT.axisText, 'text-anchor': 'start' }, formatSeconds(0)),
    svg(
      'text',
      { class: 'watch-scale', x: PLOT.width - PLOT.right, y: PLOT.axisText, 'text-anchor': 'end' },
      formatSeconds(slots),
    ),
  ];

  list.forEach((sample, index) => {
    const second = Math.floor((Number(sample.at_ms) || 0) / 1000);
    const cx = PLOT.left + (second + 0.5) * slotW;
    const label = messages.tryLabel(index + 1, sampleTime(sample), sampleWords(sample));
    if (sample.failure) {
      const size = Math.min(5, Math.max(2.5, slotW * 0.4));
      const cy = PLOT.top + plotH / 2;
      nodes.push(
        svg(
          'g',
          { class: 'watch-mark watch-mark-fail', dataset: { index, status: 'fail' } },
          svg('title', null, label),
          svg('rect', {
            class: 'watch-fail-band',
            x: r(cx - Math.max(slotW * 0.45, 1.5)),
            y: PLOT.top,
            width: r(Math.max(slotW * 0.9, 3)),
            height: plotH,
          }),
          svg('path', {
            class: 'watch-fail-cross',
            d: `M${r(cx - size)} ${r(cy - size)}L${r(cx + size)} ${r(cy + size)}M${r(cx + size)} ${r(cy - size)}L${r(cx - size)} ${r(cy + size)}`,
          }),
        ),
      );
      return;
    }
    const ms = Number(sample.connect_ms) || 0;
    const height = Math.max(3, Math.min(plotH, (ms / top) * plotH));
    nodes.push(
      svg(
        'g',
        { class: 'watch-mark watch-mark-ok', dataset: { index, status: 'ok' } },
        svg('title', null, label),
        svg('rect', {
          class: 'watch-bar',
          x: r(cx - barW / 2),
          y: r(PLOT.baseline - height),
          width: r(barW),
          height: r(height),
          rx: r(Math.min(2, barW / 3)),
        }),
      ),
    );
  });
  return { nodes, summary, viewBox: `0 0 ${PLOT.width} ${PLOT.height}` };
}

/** The plot in words: how many tries, how fast, which failed. */
export function watchPlotSummary(samples) {
  const list = Array.isArray(samples) ? samples : [];
  if (list.length === 0) return messages.NO_TRIES;
  const worked = list.filter((s) => !s.failure);
  const failed = list.filter((s) => s.failure);
  const parts = [messages.forTries(list.length)];
  if (worked.length > 0) {
    const times = worked.map((s) => Number(s.connect_ms) || 0);
    const fastest = formatDuration(Math.min(...times));
    const slowest = formatDuration(Math.max(...times));
    parts.push(
      fastest === slowest
        ? messages.workedEach(worked.length, fastest)
        : messages.workedRange(worked.length, fastest, slowest),
    );
  }
  if (failed.length === 0) {
    parts.push(messages.NONE_FAILED);
  } else {
    const shown = failed.slice(0, 4).map((s) => messages.failedAt(sampleTime(s), s.failure));
    const more = failed.length > shown.length ? messages.andMore(failed.length - shown.length) : '';
    parts.push(messages.failedList(failed.length, shown.join('; '), more));
  }
  return `${parts[0]}: ${parts.slice(1).join(', ')}.`;
}

/** The one line under the plot when watching has finished: the quality finding's title. */
export function renderWatchResult(finding) {
  const severity = finding.severity;
  return [
    renderBadge(severity, 'badge-small'),
    h('span', { class: 'sr-only' }, `${stateOf(severity).word}: `),
    h('span', { class: 'watch-result-text' }, finding.title),
  ];
}
