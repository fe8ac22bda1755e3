// Tiny DOM builder. Never sets `style` (the CSP forbids inline styles) and never parses HTML:
// every string becomes a text node, so report text can't inject markup.

/**
 * h('li', { class: 'check', dataset: { area: 'dns' } }, 'text', childNode, [more])
 * Attribute values: null/undefined/false are skipped, true sets an empty attribute.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'style') throw new Error('inline styles are not allowed by the CSP');
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = String(value);
      else if (key === 'dataset') {
        for (const [k, v] of Object.entries(value)) {
          if (v !== null && v !== undefined) el.dataset[k] = String(v);
        }
      } else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  appendChildren(el, children);
  return el;
}

export function appendChildren(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces all children of `el`. */
export function replaceChildren(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return appendChildren(el, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * svg('rect', { class: 'bar', x: 4, dataset: { index: 2 } }, childNode) — the same for SVG
 * elements (createElementNS). Presentation attributes go through setAttribute; never `style`.
 */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'style') throw new Error('inline styles are not allowed by the CSP');
      if (key === 'dataset') {
        for (const [k, v] of Object.entries(value)) {
          if (v === null || v === undefined) continue;
          el.setAttribute(`data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, String(v));
        }
      } else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
  }
  appendChildren(el, children);
  return el;
}
