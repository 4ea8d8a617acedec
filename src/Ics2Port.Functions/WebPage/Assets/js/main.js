// Starts the page: the language, the sign-in with the API key, and the screen of whoever the key belongs to (GET /api/me):
// an agent's, the port authority's, a customs control point's or a ship supplier's.
import { resetAgent, showAgent } from './agent.js';
import { ApiError, call, session } from './api.js';
import { showAuthority } from './authority.js';
import { showCustoms } from './customs.js';
import { clearNotice } from './dom.js';
import { choose, language, t, translate } from './i18n.js';
import { showSupplier } from './supplier.js';

const $ = id => document.getElementById(id);
const screens = { agent: showAgent, authority: showAuthority, customs: showCustoms, supplier: showSupplier };
let role = null; // the answer of GET /api/me: { kind, id, principal, port?, controlPoint?, controlPointName? }

function who(me) {
  switch (me.kind) {
    case 'authority': return t('asAuthority');
    case 'customs': return t('asCustoms', { code: me.controlPoint ?? me.id, port: me.port ?? '' });
    case 'supplier': return t('asSupplier', { supplier: me.id });
    default: return t('asAgent', { agent: me.id });
  }
}

function render() {
  translate(document);
  $('language').value = language();
  const signedIn = role !== null;
  $('sign-in').hidden = signedIn;
  $('sign-out').hidden = !signedIn;
  $('who').hidden = !signedIn;
  for (const kind of Object.keys(screens)) $(kind).hidden = role?.kind !== kind;
  if (!signedIn) return;
  $('who').textContent = who(role);
  screens[role.kind]?.($(role.kind), role);
}

async function signIn(key, functionKey) {
  const error = $('sign-in-error');
  error.hidden = true;
  session.start(key, functionKey);
  try {
    role = await call('me');
    if (!screens[role.kind]) throw new Error(role.kind);
  } catch (failure) {
    session.end();
    role = null;
    error.textContent = failure instanceof ApiError && failure.status === 401 ? t('keyRejected') : t('failed', { detail: failure.message });
    error.hidden = false;
    return false;
  }
  render();
  $('main').focus();
  return true;
}

function signOut() {
  session.end();
  role = null;
  resetAgent();
  clearNotice();
  for (const kind of Object.keys(screens)) $(kind).replaceChildren();
  render();
  $('api-key').focus();
}

$('sign-in-form').addEventListener('submit', async event => {
  event.preventDefault();
  const keyInput = $('api-key');
  const functionKeyInput = $('function-key');
  const key = keyInput.value.trim();
  if (!key) {
    $('sign-in-error').textContent = t('keyMissing');
    $('sign-in-error').hidden = false;
    keyInput.focus();
    return;
  }
  // The fields are emptied at once: the key is kept in sessionStorage only, not in the page.
  keyInput.value = '';
  const functionKey = functionKeyInput.value.trim();
  functionKeyInput.value = '';
  if (!await signIn(key, functionKey)) keyInput.focus();
});
$('sign-out').addEventListener('click', signOut);
$('language').addEventListener('change', event => { choose(event.target.value); render(); });

render();
if (session.key) signIn(session.key, session.functionKey);
