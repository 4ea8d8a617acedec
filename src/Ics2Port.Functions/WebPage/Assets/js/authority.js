// The port authority's screen: the port system's status with buttons to record an outage and its restoration; the
// fallback cases grouped by state, each with every attempt and what is left to do; the e-mails taken in.
import { call, segment } from './api.js';
import { busy, failure, field, fill, h, notify, time } from './dom.js';
import { t } from './i18n.js';

const stateOrder = ['pending', 'fallback-eds', 'fallback-email', 'fallback-in-person', 're-entered', 'delivered', 'accepted'];

let root;

export async function showAuthority(container) {
  root = container;
  const status = h('section', { class: 'card', 'aria-labelledby': 'status-title', 'aria-busy': 'true' }, h('h2', { id: 'status-title' }, t('status')));
  const cases = h('section', { class: 'card', 'aria-labelledby': 'cases-title', 'aria-busy': 'true' }, h('h2', { id: 'cases-title' }, t('fallbackCases')));
  const intake = h('section', { class: 'card', 'aria-labelledby': 'intake-title', 'aria-busy': 'true' }, h('h2', { id: 'intake-title' }, t('intake')));
  fill(root,
    h('div', { class: 'section-head' }, h('span'), h('button', { type: 'button', class: 'secondary', 'data-testid': 'refresh', onclick: () => showAuthority(root) }, t('refresh'))),
    status, cases, intake);
  await Promise.all([showStatus(status), showCases(cases), showIntake(intake)]);
}

async function showStatus(section) {
  const heading = section.firstChild;
  try {
    const status = await call('system/status');
    const down = status.portSystem === 'unavailable';
    fill(section, heading,
      h('p', { class: `status ${down ? 'down' : 'up'}`, 'data-testid': 'port-system', 'data-state': status.portSystem },
        h('span', { 'aria-hidden': 'true', class: 'dot' }, '● '),
        `${t('status')}: `, h('strong', {}, t(down ? 'unavailable' : 'available')),
        down && status.since ? [' ', t('since', { time: '' }).trim(), ' ', time(status.since)] : null),
      down && status.message ? h('p', {}, status.message) : null,
      down ? restoreButton(status.outageId) : outageForm());
  } catch (error) {
    fill(section, heading, h('p', { class: 'error', role: 'alert' }, failure(error)));
  }
  section.removeAttribute('aria-busy');
}

function outageForm() {
  const message = field(t('outageMessage'), { required: true, value: '' });
  const submit = h('button', { type: 'submit' }, t('recordOutage'));
  return h('form', { novalidate: true, onsubmit: event => {
    event.preventDefault();
    busy(submit, async () => {
      try {
        await call('system/outages', {
          method: 'POST',
          body: { announcedAt: new Date().toISOString(), source: 'helpdesk', message: message.input.value.trim() || undefined },
        });
        notify(t('outageRecorded'), 'success');
        await showAuthority(root);
      } catch (error) {
        notify(failure(error), 'error');
      }
    });
  } }, message.wrapper, submit);
}

function restoreButton(outageId) {
  const button = h('button', { type: 'button', onclick: () => busy(button, async () => {
    try {
      await call(`system/outages/${segment(outageId)}/restore`, { method: 'POST' });
      notify(t('restored'), 'success');
      await showAuthority(root);
    } catch (error) {
      notify(failure(error), 'error');
    }
  }) }, t('recordRestoration'));
  return button;
}

async function showCases(section) {
  const heading = section.firstChild;
  try {
    const answer = await call('fallback/cases');
    const items = answer.items ?? [];
    const states = [...new Set([...stateOrder.filter(state => items.some(c => c.state === state)), ...items.map(c => c.state)])];
    fill(section, heading, items.length === 0 ? h('p', {}, t('noCases')) : states.map(state => {
      const inState = items.filter(c => c.state === state);
      return h('section', { class: 'state-group', 'data-state': state, 'aria-labelledby': `group-${state}` },
        h('h3', { id: `group-${state}` }, `${t(`state.${state}`)} (${inState.length})`),
        inState.map(fallbackCase));
    }));
  } catch (error) {
    fill(section, heading, h('p', { class: 'error', role: 'alert' }, failure(error)));
  }
  section.removeAttribute('aria-busy');
}

function fallbackCase(item) {
  const attempts = item.attempts ?? [];
  return h('article', { class: 'case', 'data-case': item.caseId, 'aria-labelledby': `case-${item.caseId}` },
    h('h4', { id: `case-${item.caseId}` }, `${t(`kind.${item.type}`)} · ${t(item.direction)} · ${t('version', { n: item.version })}`),
    h('p', { class: 'meta' }, `${item.portCallId} · ${item.agentId} · `, time(item.receivedAt)),
    h('p', {}, h('strong', {}, `${t('left')}: `), t(`left.${item.state}`)),
    attempts.length === 0 ? h('p', {}, t('noAttempts')) : h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-label': `${t('attempts')} ${item.caseId}` },
      h('table', { class: 'attempts' },
        h('caption', { class: 'visually-hidden' }, `${t('attempts')} ${item.caseId}`),
        h('thead', {}, h('tr', {}, [t('attempt'), t('channel'), t('outcome'), t('started'), t('finished'), t('reference'), t('error')].map(name => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, attempts.map(attempt => h('tr', { 'data-channel': attempt.channel },
          h('th', { scope: 'row' }, String(attempt.number)),
          h('td', {}, t(`channel.${attempt.channel}`)),
          h('td', {}, attempt.outcome ?? ''),
          h('td', {}, time(attempt.startedAt)),
          h('td', {}, time(attempt.finishedAt)),
          h('td', {}, attempt.reference ? h('code', {}, attempt.reference) : ''),
          h('td', { class: 'detail' }, attempt.error ?? '')))))),
    item.state === 'fallback-in-person' ? handOver(item) : null);
}

function handOver(item) {
  const button = h('button', { type: 'button', onclick: () => busy(button, async () => {
    try {
      await call(`fallback/cases/${segment(item.caseId)}/hand-over`, { method: 'POST', body: {} });
      notify(t('handedOver'), 'success');
      await showAuthority(root);
    } catch (error) {
      notify(failure(error), 'error');
    }
  }) }, t('confirmHandOver'));
  return h('p', {}, button);
}

async function showIntake(section) {
  const heading = section.firstChild;
  try {
    const answer = await call('fallback/inbox');
    const items = answer.items ?? [];
    fill(section, heading, items.length === 0 ? h('p', {}, t('noIntake')) : h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'intake-title' },
      h('table', { 'data-testid': 'intake' },
        h('thead', {}, h('tr', {}, [t('received'), t('from'), t('subject'), t('messageId'), t('link'), t('attachments')].map(name => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, items.map(mail => h('tr', {},
          h('td', {}, time(mail.receivedAt)), h('td', {}, mail.from ?? ''), h('th', { scope: 'row' }, mail.subject ?? ''),
          h('td', {}, h('code', {}, mail.messageId ?? '')), h('td', {}, mail.portCallId ?? mail.link ?? ''),
          h('td', {}, h('ul', {}, (mail.attachments ?? []).map(file => h('li', {}, `${file.fileName}: ${file.outcome ?? ''}${file.detail ? ` — ${file.detail}` : ''}`))))))))));
  } catch (error) {
    fill(section, heading, h('p', { class: 'error', role: 'alert' }, failure(error)));
  }
  section.removeAttribute('aria-busy');
}
