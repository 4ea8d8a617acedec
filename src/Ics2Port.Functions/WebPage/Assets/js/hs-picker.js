// The HS picker: a combobox (WAI-ARIA 1.2 pattern) that searches the app's HS nomenclature as the person types and offers
// headings (4 digits) and subheadings (6 digits) with their description. The code stays editable by hand.
import { call } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

let pickers = 0;

export function hsPicker(label) {
  const id = `hs${++pickers}`;
  const input = h('input', {
    id, type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
    'aria-describedby': `${id}-help`, autocomplete: 'off', required: true, name: 'hsCode',
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'options', 'aria-label': label, hidden: true });
  const count = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let items = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const choose = item => { input.value = item.code; close(); input.dispatchEvent(new CustomEvent('hs-chosen', { detail: item })); };
  const highlight = index => {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) { input.setAttribute('aria-activedescendant', list.children[index].id); list.children[index].scrollIntoView({ block: 'nearest' }); }
  };

  async function search() {
    const query = input.value.trim();
    if (query.length < 2) { close(); return; }
    const ticket = ++asked;
    try {
      const answer = await call(`hs-codes?q=${encodeURIComponent(query)}&limit=20`);
      if (ticket !== asked) return; // a later keystroke asked again
      items = (answer.items ?? []).filter(item => (item.level ?? String(item.code).length) >= 4);
    } catch {
      items = [];
    }
    list.replaceChildren(...(items.length ? items.map((item, i) => h('li', {
      id: `${id}-o${i}`, role: 'option', 'aria-selected': 'false', 'data-code': item.code,
      onmousedown: event => { event.preventDefault(); choose(item); },
    }, h('span', { class: 'code' }, item.code), ' ', h('span', { class: 'level' }, `(${t(String(item.code).length >= 6 ? 'subheading' : 'heading')})`), ' ', item.description ?? ''))
      : [h('li', { class: 'empty', 'aria-disabled': 'true' }, t('hsNone'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    count.textContent = items.length ? t('hsResults', { n: items.length }) : t('hsNone');
    active = -1;
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown') { event.preventDefault(); if (list.hidden) search(); else if (items.length) highlight((active + 1) % items.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); if (items.length) highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (event.key === 'Enter' && !list.hidden && active >= 0) { event.preventDefault(); choose(items[active]); }
    else if (event.key === 'Escape' && !list.hidden) { event.preventDefault(); close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  const wrapper = h('div', { class: 'field combobox' },
    h('label', { for: id }, label), input, h('p', { class: 'help', id: `${id}-help` }, t('hsHelp')), list, count);
  return { wrapper, input };
}
