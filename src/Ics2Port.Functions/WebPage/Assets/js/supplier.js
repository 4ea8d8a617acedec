// The ship supplier's screen: its own supplies to a port call, looked up by the port call's id, with their states.
// Supplies are filed through the API (the README's "Ship supplies"); the page shows where they stand.
import { call, segment } from './api.js';
import { busy, failure, field, fill, h, time } from './dom.js';
import { t } from './i18n.js';

export function showSupplier(container) {
  const portCall = field(t('portCallId'), { required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'pc-…' });
  const result = h('div', { 'data-testid': 'supplies-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit' }, t('showSupplies'));
  const form = h('form', { novalidate: true, 'aria-labelledby': 'supplies-title', onsubmit: event => {
    event.preventDefault();
    busy(submit, async () => {
      const id = portCall.input.value.trim();
      if (!id) { fill(result, h('p', { class: 'error', role: 'alert' }, t('portCallIdMissing'))); portCall.input.focus(); return; }
      try {
        const answer = await call(`port-calls/${segment(id)}/supplies`);
        fill(result, suppliesTable(answer));
      } catch (error) {
        fill(result, h('p', { class: 'error', role: 'alert' }, error?.status === 404 ? t('portCallUnknown', { id }) : failure(error)));
      }
    });
  } }, h('div', { class: 'grid' }, portCall.wrapper), submit);

  fill(container,
    h('section', { class: 'card', 'aria-labelledby': 'supplies-title' },
      h('h2', { id: 'supplies-title' }, t('yourSupplies')),
      h('p', {}, t('suppliesHelp'), ' ', h('a', { href: '../openapi.json' }, t('apiDocument')), '.'),
      form, result));
}

function suppliesTable(answer) {
  const items = answer.items ?? [];
  if (items.length === 0) return h('p', {}, t('noSupplies', { id: answer.portCallId ?? '' }));
  return h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-label': t('suppliesOf', { id: answer.portCallId ?? '' }) },
    h('table', { 'data-testid': 'supplies' },
      h('caption', {}, t('suppliesOf', { id: answer.portCallId ?? '' })),
      h('thead', {}, h('tr', {}, [t('supply'), t('versionShort'), t('deliveryState'), t('received'), t('declarationType'), t('leftTerritory')].map(name => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, items.map(item => h('tr', { 'data-supply': item.supplyId },
        h('th', { scope: 'row' }, h('code', {}, item.supplyId)),
        h('td', {}, String(item.version ?? '')),
        h('td', {}, t(`state.${item.state}`)),
        h('td', {}, time(item.receivedAt)),
        h('td', {}, item.declarationType ?? ''),
        h('td', {}, item.leftCustomsTerritory ? t('yes') : `${t('no')}${item.missing?.length ? ` (${item.missing.map(m => t(`exit.${m}`)).join(', ')})` : ''}`))))));
}
