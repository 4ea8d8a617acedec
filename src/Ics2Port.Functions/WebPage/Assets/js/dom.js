// Small helpers to build the page: elements from data (text only, never HTML strings), Riga dates, notices.
import { locale, t } from './i18n.js';

/**
 * An element: h('td', { class: 'x', onclick: f }, 'text', child). Text is always text (textContent), so nothing from an
 * answer or a file can become markup.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of <element>. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let fieldIds = 0;

/** A labelled input (or select, given <options>), with an optional help text: { wrapper, input }. */
export function field(label, attributes = {}, options = null, help = null) {
  const id = attributes.id || `f${++fieldIds}`;
  const helpId = help ? `${id}-help` : null;
  const described = { ...attributes, id, 'aria-describedby': helpId };
  const input = options
    ? h('select', described, options.map(([value, text]) => h('option', { value }, text)))
    : h('input', { type: 'text', ...described });
  return { wrapper: h('div', { class: 'field' }, h('label', { for: id }, label), input, help ? h('p', { class: 'help', id: helpId }, help) : null), input };
}

const rigaFormats = new Map();

/** A time in Europe/Riga with its offset, e.g. "4 Dec 2026, 23:09 GMT+2", in the page's language. */
export function rigaTime(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const tag = locale();
  if (!rigaFormats.has(tag)) {
    rigaFormats.set(tag, new Intl.DateTimeFormat(tag, {
      timeZone: 'Europe/Riga', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'shortOffset',
    }));
  }
  return rigaFormats.get(tag).format(date);
}

/** A <time> element showing <value> in Riga time. */
export function time(value) {
  return value ? h('time', { datetime: value }, rigaTime(value)) : '';
}

/** The offset of Europe/Riga at the local date-time <local> ("2026-11-30T06:00"), as "+02:00". */
export function rigaOffset(local) {
  const guess = new Date(`${local}:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Riga', timeZoneName: 'longOffset' })
    .formatToParts(guess).find(part => part.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/** Shows a short message in the page's live region. */
export function notify(text, kind = 'info') {
  const notice = document.getElementById('notice');
  notice.className = `notice ${kind}`;
  notice.textContent = text;
  notice.hidden = false;
}

export function clearNotice() {
  const notice = document.getElementById('notice');
  notice.hidden = true;
  notice.textContent = '';
}

/** The words for a failed request. */
export function failure(error) {
  return error?.status ? t('failed', { detail: error.message }) : t('offline');
}

/** Disables <button> while <work> runs. */
export async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try { return await work(); } finally { button.disabled = false; button.removeAttribute('aria-busy'); }
}
