// The agent's screens: the port calls and a form to register one; per port call the checklist of each direction, filing
// a document from a file (refusals shown where they are), every filed version to download, and a permit application.
import { ApiError, call, segment } from './api.js';
import { busy, clearNotice, failure, field, fill, h, notify, rigaOffset, time } from './dom.js';
import { hsPicker } from './hs-picker.js';
import { t } from './i18n.js';
import { jsonErrors, tableErrors } from './refusals.js';
import { readCsv, readXlsx } from './tables.js';

const types = ['fal1', 'manifest', 'fal3', 'fal4', 'fal5', 'fal6'];
const directions = ['arrival', 'departure'];
const mediaTypes = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const extensions = { 'application/json': 'json', 'text/csv': 'csv', [mediaTypes.xlsx]: 'xlsx' };

let root;
let openPortCall = null;

export function showAgent(container) {
  root = container;
  return openPortCall ? showPortCall(openPortCall) : showList();
}

// ---- the list and the registration form ----

async function showList() {
  openPortCall = null;
  const list = h('div', { 'aria-busy': 'true' });
  fill(root,
    h('section', { class: 'card', 'aria-labelledby': 'calls-title' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'calls-title' }, t('portCalls')),
        h('button', { type: 'button', class: 'secondary', onclick: () => showList() }, t('refresh'))),
      list),
    registerForm());
  try {
    const answer = await call('port-calls');
    const calls = answer.items ?? [];
    fill(list, calls.length === 0 ? h('p', {}, t('noPortCalls')) : h('div', { class: 'scroll', role: 'region', 'aria-labelledby': 'calls-title', tabindex: '0' },
      h('table', { 'data-testid': 'port-calls' },
        h('thead', {}, h('tr', {}, [t('vessel'), t('imo'), t('port'), t('voyage'), t('eta'), t('created')].map(name => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, calls.map(summary => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: `#${summary.portCallId}`, onclick: event => { event.preventDefault(); showPortCall(summary.portCallId); } },
            `${summary.vessel?.name ?? ''} — ${summary.portCallId}`)),
          h('td', {}, summary.vessel?.imoNumber ?? ''), h('td', {}, summary.port ?? ''), h('td', {}, summary.voyageNumber ?? ''),
          h('td', {}, time(summary.eta)), h('td', {}, time(summary.createdAt))))))));
  } catch (error) {
    fill(list, h('p', { class: 'error', role: 'alert' }, failure(error)));
  }
  list.removeAttribute('aria-busy');
}

function registerForm() {
  const f = {
    name: field(t('vesselName'), { required: true, autocomplete: 'off' }),
    imo: field(t('imo'), { required: true, inputmode: 'numeric', pattern: '[0-9]{7}' }),
    callSign: field(t('callSign'), { required: true }),
    flag: field(t('flag'), { required: true, maxlength: 2 }),
    mmsi: field(t('mmsi'), { inputmode: 'numeric' }),
    port: field(t('port'), { required: true, value: 'LVRIX' }),
    voyage: field(t('voyage'), { required: true }),
    eta: field(t('eta'), { type: 'datetime-local', required: true }, null, t('etaHelp')),
    etd: field(t('etd'), { type: 'datetime-local', required: true }, null, t('etaHelp')),
    lastPort: field(t('lastPort')),
    nextPort: field(t('nextPort')),
  };
  const regular = h('input', { type: 'checkbox', id: 'regular' });
  const errors = h('div', { role: 'alert' });
  const submit = h('button', { type: 'submit' }, t('register'));
  const riga = value => (value ? `${value.length === 16 ? value : value.slice(0, 16)}:00${rigaOffset(value.slice(0, 16))}` : undefined);
  const text = input => input.value.trim() || undefined;
  const form = h('form', { novalidate: true, onsubmit: event => {
    event.preventDefault();
    busy(submit, async () => {
      fill(errors);
      const request = {
        vessel: { imoNumber: text(f.imo.input), name: text(f.name.input), callSign: text(f.callSign.input), flag: text(f.flag.input)?.toUpperCase(), mmsi: text(f.mmsi.input) },
        port: text(f.port.input)?.toUpperCase(), voyageNumber: text(f.voyage.input),
        eta: riga(f.eta.input.value), etd: riga(f.etd.input.value),
        lastPort: text(f.lastPort.input)?.toUpperCase(), nextPort: text(f.nextPort.input)?.toUpperCase(),
        regularShippingService: regular.checked,
      };
      try {
        const created = await call('port-calls', { method: 'POST', body: request, headers: { 'Idempotency-Key': crypto.randomUUID() } });
        notify(t('registered', { id: created.portCallId }), 'success');
        await showPortCall(created.portCallId);
      } catch (error) {
        fill(errors, h('p', { class: 'error' }, error instanceof ApiError && error.errors.length ? t('refused') : failure(error)),
          error instanceof ApiError && error.errors.length ? jsonErrors(error.errors) : null);
      }
    });
  } },
  h('div', { class: 'grid' }, Object.values(f).map(item => item.wrapper)),
  h('div', { class: 'field checkbox' }, regular, h('label', { for: 'regular' }, t('regular'))),
  errors, submit);
  return h('section', { class: 'card', 'aria-labelledby': 'register-title' }, h('h2', { id: 'register-title' }, t('register')), form);
}

// ---- one port call ----

async function showPortCall(portCallId) {
  openPortCall = portCallId;
  let view;
  try {
    view = await call(`port-calls/${segment(portCallId)}`);
  } catch (error) {
    notify(failure(error), 'error');
    return showList();
  }
  const upload = uploadForm(view);
  fill(root,
    h('p', {}, h('a', { href: '#', onclick: event => { event.preventDefault(); clearNotice(); showList(); } }, `← ${t('back')}`)),
    h('section', { class: 'card', 'aria-labelledby': 'call-title' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'call-title', tabindex: '-1' }, t('portCall', { id: view.portCallId })),
        h('button', { type: 'button', class: 'secondary', onclick: () => showPortCall(portCallId) }, t('refresh'))),
      h('p', {}, `${view.vessel?.name ?? ''} (IMO ${view.vessel?.imoNumber ?? ''}) · ${view.port ?? ''} · ${t('voyage')} ${view.voyageNumber ?? ''} · `,
        t('eta'), ' ', time(view.eta), ' · ', t('etd'), ' ', time(view.etd)),
      h('div', { class: 'directions' }, directions.map(direction => checklist(view, direction, upload)))),
    upload.section,
    permitsSection(view.portCallId),
    permitForm(view));
  root.querySelector('#call-title').focus();
}

function checklist(view, direction, upload) {
  const status = view[direction] ?? { documents: [], missing: [] };
  const documents = status.documents ?? [];
  const missing = status.missing ?? [];
  const shown = types.filter(type => documents.some(d => d.type === type) || missing.includes(type));
  return h('section', { class: 'direction', 'aria-labelledby': `${direction}-title`, 'data-direction': direction },
    h('h3', { id: `${direction}-title` }, t(direction), ' — ', h('span', { class: status.complete ? 'ok' : 'todo' }, t(status.complete ? 'complete' : 'incomplete'))),
    h('ul', { class: 'checklist', 'data-testid': `checklist-${direction}` }, shown.map(type => {
      const filed = documents.find(d => d.type === type);
      const isMissing = missing.includes(type);
      return h('li', { class: isMissing ? 'missing' : 'filed', 'data-type': type, 'data-state': isMissing ? 'missing' : 'filed' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, isMissing ? '✗' : '✓'),
        h('span', { class: 'what' }, t(`kind.${type}`)), ' — ',
        h('span', { class: 'state' }, isMissing ? t('missing') : `${t('filed')}, ${t('version', { n: filed.version })}, ${t(`state.${filed.state}`)}, `),
        filed ? time(filed.receivedAt) : null,
        ' ',
        isMissing
          ? h('button', { type: 'button', class: 'link', onclick: () => upload.prepare(direction, type) }, t('fileThis', { type: t(`kind.${type}`) }))
          : versionsButton(view.portCallId, direction, type));
    })));
}

function versionsButton(portCallId, direction, type) {
  const place = h('span', { class: 'versions' });
  const button = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', onclick: () => busy(button, async () => {
    if (button.getAttribute('aria-expanded') === 'true') { fill(place); button.setAttribute('aria-expanded', 'false'); return; }
    try {
      const answer = await call(`port-calls/${segment(portCallId)}/${direction}/${type}/versions`);
      fill(place, h('ul', {}, (answer.items ?? []).map(version => h('li', {},
        h('button', { type: 'button', class: 'link', onclick: () => download(portCallId, direction, type, version.version) },
          t('downloadVersion', { type: t(`kind.${type}`), n: version.version })), ' ', time(version.receivedAt)))));
      button.setAttribute('aria-expanded', 'true');
    } catch (error) {
      notify(failure(error), 'error');
    }
  }) }, t('versions'));
  return h('span', {}, button, place);
}

async function download(portCallId, direction, type, version) {
  try {
    const response = await call(`port-calls/${segment(portCallId)}/${direction}/${type}/versions/${version}`, { raw: true });
    const blob = await response.blob();
    const extension = extensions[(response.headers.get('Content-Type') ?? '').split(';')[0].trim()] ?? 'bin';
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: `${portCallId}-${direction}-${type}-v${version}.${extension}`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    notify(failure(error), 'error');
  }
}

// ---- filing a document from a file ----

function uploadForm(view) {
  const direction = field(t('direction'), { name: 'direction' }, directions.map(d => [d, t(d)]));
  const type = field(t('documentType'), { name: 'type' }, types.map(k => [k, t(`kind.${k}`)]));
  const file = field(t('chooseFile'), { type: 'file', accept: '.json,.csv,.xlsx,application/json,text/csv' });
  const drop = h('div', { class: 'drop', 'data-testid': 'drop-zone' }, t('dropHere'));
  const result = h('div', { class: 'result', 'aria-live': 'polite', 'data-testid': 'filing-result' });
  const submit = h('button', { type: 'submit' }, t('send'));
  let dropped = null;
  file.input.addEventListener('change', () => { dropped = null; drop.textContent = t('dropHere'); });
  for (const name of ['dragenter', 'dragover']) drop.addEventListener(name, event => { event.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('over');
    dropped = event.dataTransfer.files[0] ?? null;
    if (dropped) drop.textContent = dropped.name;
  });

  const form = h('form', { novalidate: true, 'aria-labelledby': 'file-title', onsubmit: event => {
    event.preventDefault();
    busy(submit, () => send(dropped ?? file.input.files[0]));
  } }, h('div', { class: 'grid' }, direction.wrapper, type.wrapper, file.wrapper), drop, submit, result);

  async function send(chosen) {
    fill(result);
    if (!chosen) { fill(result, h('p', { class: 'error', role: 'alert' }, t('noFile'))); return; }
    const extension = chosen.name.split('.').pop().toLowerCase();
    const contentType = mediaTypes[extension];
    if (!contentType) { fill(result, h('p', { class: 'error', role: 'alert' }, t('unknownFormat'))); return; }
    fill(result, h('p', {}, t('sending')));
    const path = `port-calls/${segment(view.portCallId)}/${direction.input.value}/${type.input.value}`;
    try {
      const receipt = await call(path, { method: 'PUT', body: chosen, contentType });
      notify(t('accepted', { type: t(`kind.${receipt.type}`), direction: t(receipt.direction), n: receipt.version, state: t(`state.${receipt.state}`) }), 'success');
      await showPortCall(view.portCallId);
    } catch (error) {
      if (!(error instanceof ApiError) || error.errors.length === 0) {
        fill(result, h('p', { class: 'error', role: 'alert' }, failure(error)));
        return;
      }
      const sheet = extension === 'json' ? null : await readTable(chosen, extension);
      fill(result,
        h('p', { class: 'error', role: 'alert', 'data-testid': 'refused' }, t('refused')),
        sheet ? tableErrors(sheet, error.errors, chosen.name) : jsonErrors(error.errors));
    }
  }

  const section = h('section', { class: 'card', 'aria-labelledby': 'file-title', id: 'file-section' }, h('h2', { id: 'file-title' }, t('fileDocument')), form);
  return {
    section,
    prepare(d, k) {
      direction.input.value = d;
      type.input.value = k;
      section.scrollIntoView({ block: 'start' });
      file.input.focus();
    },
  };
}

async function readTable(file, extension) {
  try {
    return extension === 'csv' ? readCsv(await file.text()) : await readXlsx(await file.arrayBuffer());
  } catch {
    return null; // unreadable here: the errors are listed by their path instead
  }
}

// ---- the port call's permit applications and customs' decisions ----

function permitsSection(portCallId) {
  const list = h('div', { 'aria-busy': 'true' });
  const section = h('section', { class: 'card', 'aria-labelledby': 'permits-title' }, h('h2', { id: 'permits-title' }, t('permits')), list);
  call(`port-calls/${segment(portCallId)}/permits`).then(answer => {
    const items = answer.items ?? [];
    fill(list, items.length === 0 ? h('p', {}, t('noPermits')) : h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'permits-title' },
      h('table', { 'data-testid': 'permits' },
        h('thead', {}, h('tr', {}, [t('permitApplication'), t('received'), t('deliveryState'), t('decision')].map(name => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, items.map(permit => h('tr', { 'data-permit': permit.permitId, 'data-outcome': permit.decision?.outcome ?? 'awaiting' },
          h('th', { scope: 'row' }, h('code', {}, permit.permitId)),
          h('td', {}, time(permit.receivedAt)),
          h('td', {}, t(`state.${permit.state}`)),
          h('td', {}, decisionWords(permit.decision))))))));
  }, error => fill(list, h('p', { class: 'error', role: 'alert' }, failure(error))))
    .finally(() => list.removeAttribute('aria-busy'));
  return section;
}

function decisionWords(decision) {
  if (!decision) return t('awaitingDecision');
  const when = [' (', time(decision.decidedAt), ')'];
  return decision.outcome === 'granted'
    ? [t('grantedWith', { number: decision.permitNumber ?? '' }), ...when]
    : [t('refusedBecause', { reason: decision.reason ?? '' }), ...when];
}

// ---- a permit application with the HS picker ----

function permitForm(view) {
  const operation = field(t('operation'), {}, [['unloading', t('unloading')], ['loading', t('loading')]]);
  const port = field(t('port'), { required: true, value: view.port ?? '' });
  const berth = field(t('berth'), { required: true });
  const freeZone = h('input', { type: 'checkbox', id: 'free-zone' });
  const customs = field(t('customsRef'));
  const description = field(t('description'), { required: true });
  const hs = hsPicker(t('hsCode'));
  const packages = field(t('packages'), { type: 'number', min: 1, inputmode: 'numeric' });
  const mass = field(t('grossMass'), { type: 'number', min: 0, step: 'any', inputmode: 'decimal' });
  const container = field(t('container'));
  const party = () => ({
    name: field(t('name'), { required: true }), address: field(t('address'), { required: true }),
    country: field(t('country'), { required: true, maxlength: 2 }), eori: field(t('eori')),
    email: field(t('email'), { type: 'email', required: true }), phone: field(t('phone'), { type: 'tel', required: true }),
  });
  const consignor = party();
  const consignee = party();
  hs.input.addEventListener('hs-chosen', event => { if (!description.input.value) description.input.value = event.detail.description ?? ''; });
  const errors = h('div', { 'data-testid': 'permit-result' });
  const submit = h('button', { type: 'submit' }, t('apply'));
  const text = input => input.value.trim() || undefined;
  const partyBody = p => ({
    name: text(p.name.input), address: text(p.address.input), country: text(p.country.input)?.toUpperCase(),
    eori: text(p.eori.input), email: text(p.email.input), phone: text(p.phone.input),
  });
  const form = h('form', { novalidate: true, onsubmit: event => {
    event.preventDefault();
    busy(submit, async () => {
      fill(errors);
      const body = {
        operation: operation.input.value, port: text(port.input)?.toUpperCase(), berth: text(berth.input), berthInFreeZone: freeZone.checked,
        customsReference: text(customs.input),
        items: [{
          kind: 'goods', description: text(description.input), hsCode: text(hs.input),
          packages: packages.input.value ? Number(packages.input.value) : undefined,
          grossMassKg: mass.input.value ? Number(mass.input.value) : undefined,
          containerNumber: text(container.input)?.toUpperCase(),
          consignor: partyBody(consignor), consignee: partyBody(consignee),
        }],
      };
      try {
        const receipt = await call(`port-calls/${segment(view.portCallId)}/permits`, { method: 'POST', body, headers: { 'Idempotency-Key': crypto.randomUUID() } });
        fill(errors, h('p', { class: 'success', role: 'status', 'data-testid': 'permit-accepted' }, t('permitAccepted', { id: receipt.permitId, state: receipt.state })),
          receipt.warnings?.length ? h('div', {}, h('h4', {}, t('warnings')), jsonErrors(receipt.warnings)) : null);
      } catch (error) {
        fill(errors, h('p', { class: 'error', role: 'alert' }, error instanceof ApiError && error.errors.length ? t('refused') : failure(error)),
          error instanceof ApiError && error.errors.length ? jsonErrors(error.errors) : null);
      }
    });
  } },
  h('div', { class: 'grid' }, operation.wrapper, port.wrapper, berth.wrapper, customs.wrapper),
  h('div', { class: 'field checkbox' }, freeZone, h('label', { for: 'free-zone' }, t('freeZone'))),
  h('fieldset', {}, h('legend', {}, t('goods')),
    h('div', { class: 'grid' }, hs.wrapper, description.wrapper, packages.wrapper, mass.wrapper, container.wrapper)),
  h('div', { class: 'grid two' },
    h('fieldset', {}, h('legend', {}, t('consignor')), Object.values(consignor).map(item => item.wrapper)),
    h('fieldset', {}, h('legend', {}, t('consignee')), Object.values(consignee).map(item => item.wrapper))),
  errors, submit);
  return h('section', { class: 'card', 'aria-labelledby': 'permit-title' }, h('h2', { id: 'permit-title' }, t('permit')), form);
}

/** Forgets the open port call (on sign-out). */
export function resetAgent() { openPortCall = null; }
