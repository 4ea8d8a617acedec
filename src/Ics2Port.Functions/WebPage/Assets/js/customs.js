// The customs control point's screen: the worklist of its port's permit applications awaiting a decision, oldest first,
// and a form to grant one with its permit number or refuse it with a reason; errors are shown at their field.
import { ApiError, call, segment } from './api.js';
import { busy, failure, fill, h, notify, time } from './dom.js';
import { t } from './i18n.js';
import { fieldErrors } from './refusals.js';

let root;

export async function showCustoms(container, me) {
  root = container;
  const list = h('div', { 'aria-busy': 'true' });
  const decision = h('div');
  fill(root,
    h('section', { class: 'card', 'aria-labelledby': 'worklist-title' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'worklist-title', tabindex: '-1' }, t('worklist', { port: me.port ?? '' })),
        h('button', { type: 'button', class: 'secondary', 'data-testid': 'refresh', onclick: () => showCustoms(root, me) }, t('refresh'))),
      h('p', {}, t('worklistHelp')),
      list),
    decision);
  try {
    // The worklist says what each application is about; the application itself is read only when it is decided on.
    const permits = (await call('customs/permits')).items ?? [];
    fill(list, permits.length === 0 ? h('p', { 'data-testid': 'worklist-empty' }, t('worklistEmpty')) : worklistTable(permits, decision, me));
  } catch (error) {
    fill(list, h('p', { class: 'error', role: 'alert' }, failure(error)));
  }
  list.removeAttribute('aria-busy');
}

function worklistTable(permits, decision, me) {
  return h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'worklist-title' },
    h('table', { 'data-testid': 'worklist' },
      h('thead', {}, h('tr', {}, [t('permitApplication'), t('link'), t('operation'), t('hsCode'), t('berth'), t('plannedStart'), t('received'), t('deliveryState'), t('decision')]
        .map(name => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, permits.map(permit => {
        const button = h('button', { type: 'button', class: 'link', 'aria-label': t('decideOn', { id: permit.permitId }),
          onclick: () => busy(button, () => openDecision(decision, permit, me)) }, t('decide'));
        return h('tr', { 'data-permit': permit.permitId },
          h('th', { scope: 'row' }, h('code', {}, permit.permitId)),
          h('td', {}, permit.portCallId ?? ''),
          h('td', {}, permit.operation ? t(permit.operation) : ''),
          h('td', {}, (permit.hsCodes ?? []).join(', ')),
          h('td', {}, permit.berth ?? ''),
          h('td', {}, permit.plannedStart ? time(permit.plannedStart) : t('notGiven')),
          h('td', {}, time(permit.receivedAt)),
          h('td', {}, t(`state.${permit.state}`)),
          h('td', {}, button));
      }))));
}

// The form shows the goods, customs reference and agent besides the worklist's facts: those are the application's.
async function openDecision(place, awaiting, me) {
  const permit = await call(`permits/${segment(awaiting.permitId)}`).catch(() => ({ application: {} }));
  showDecision(place, awaiting, permit, me);
}

function showDecision(place, awaiting, permit, me) {
  const application = permit.application ?? {};
  const id = awaiting.permitId;
  const grant = h('input', { type: 'radio', name: 'outcome', value: 'granted', id: 'outcome-granted', checked: true });
  const refuse = h('input', { type: 'radio', name: 'outcome', value: 'refused', id: 'outcome-refused' });
  const number = h('input', { type: 'text', id: 'permit-number', autocomplete: 'off', 'aria-describedby': 'permit-number-errors' });
  const reason = h('textarea', { id: 'refusal-reason', rows: 3, 'aria-describedby': 'refusal-reason-errors' });
  const at = {
    '/outcome': h('div', { id: 'outcome-errors', 'data-field': 'outcome' }),
    '/permitNumber': h('div', { id: 'permit-number-errors', 'data-field': 'permitNumber' }),
    '/reason': h('div', { id: 'refusal-reason-errors', 'data-field': 'reason' }),
  };
  const other = h('div', { 'data-field': 'other' });
  const summary = h('p', { class: 'error', role: 'alert', 'data-testid': 'decision-refused' });
  summary.hidden = true;
  const numberField = h('div', { class: 'field' }, h('label', { for: 'permit-number' }, t('permitNumber')), number, at['/permitNumber']);
  const reasonField = h('div', { class: 'field' }, h('label', { for: 'refusal-reason' }, t('refusalReason')), reason, at['/reason']);
  const showFields = () => { numberField.hidden = !grant.checked; reasonField.hidden = grant.checked; };
  grant.addEventListener('change', showFields);
  refuse.addEventListener('change', showFields);
  showFields();
  const submit = h('button', { type: 'submit' }, t('recordDecision'));
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => { fill(place); root.querySelector(`tr[data-permit='${id}'] button`)?.focus(); } }, t('cancel'));

  const form = h('form', { novalidate: true, 'aria-labelledby': 'decision-title', onsubmit: event => {
    event.preventDefault();
    busy(submit, async () => {
      for (const slot of [...Object.values(at), other]) fill(slot);
      summary.hidden = true;
      const outcome = grant.checked ? 'granted' : 'refused';
      const body = { outcome, permitNumber: grant.checked ? number.value.trim() || undefined : undefined, reason: grant.checked ? undefined : reason.value.trim() || undefined };
      try {
        const decided = await call(`permits/${segment(id)}/decision`, { method: 'POST', body });
        const words = decided.decision?.outcome === 'refused'
          ? t('decidedRefused', { id, reason: decided.decision.reason ?? '' })
          : t('decidedGranted', { id, number: decided.decision?.permitNumber ?? '' });
        notify(words, 'success');
        await showCustoms(root, me);
        root.querySelector('#worklist-title')?.focus();
      } catch (error) {
        if (!(error instanceof ApiError) || error.errors.length === 0) {
          summary.textContent = failure(error);
          summary.hidden = false;
          return;
        }
        if (error.status === 409) {
          // Decided meanwhile (by a colleague or in the port system): the decision that stands is said, and the row goes.
          notify(t('alreadyDecided', { detail: error.message }), 'error');
          await showCustoms(root, me);
          root.querySelector('#worklist-title')?.focus();
          return;
        }
        summary.textContent = t('decisionRefused');
        summary.hidden = false;
        for (const found of error.errors) (at[found.pointer] ?? other).append(fieldErrors([found]));
        const first = error.errors.find(found => found.pointer === '/permitNumber') ? number : error.errors.find(found => found.pointer === '/reason') ? reason : null;
        first?.setAttribute('aria-invalid', 'true');
        first?.focus();
      }
    });
  } },
  h('fieldset', {}, h('legend', {}, t('decision')),
    h('div', { class: 'field checkbox' }, grant, h('label', { for: 'outcome-granted' }, t('grant'))),
    h('div', { class: 'field checkbox' }, refuse, h('label', { for: 'outcome-refused' }, t('refuse'))),
    at['/outcome']),
  numberField, reasonField, summary, other,
  h('div', { class: 'actions' }, submit, cancel));

  fill(place, h('section', { class: 'card', 'aria-labelledby': 'decision-title', 'data-testid': 'decision' },
    h('h2', { id: 'decision-title', tabindex: '-1' }, t('decisionOn', { id, portCall: awaiting.portCallId ?? '' })),
    h('dl', { class: 'facts' },
      fact(t('operation'), awaiting.operation ? t(awaiting.operation) : ''),
      fact(t('berth'), awaiting.berth ?? ''),
      fact(t('customsRef'), application.customsReference ?? t('notGiven')),
      fact(t('agent'), permit.agentId ?? ''),
      fact(t('goods'), h('ul', {}, (application.items ?? []).map(item =>
        h('li', {}, [item.hsCode, item.description, item.packages ? `${item.packages} ${t('packagesShort')}` : null, item.grossMassKg ? `${item.grossMassKg} kg` : null, item.containerNumber]
          .filter(Boolean).join(' · ')))))),
    form));
  place.querySelector('#decision-title').focus();
}

function fact(name, value) {
  return [h('dt', {}, name), h('dd', {}, value || '—')];
}
