// Starts the page: the language, the sign-in with the API key, and the agent's or the authority's screen.
import { resetAgent, showAgent } from './agent.js';
import { ApiError, call, session } from './api.js';
import { showAuthority } from './authority.js';
import { clearNotice } from './dom.js';
import { choose, language, t, translate } from './i18n.js';

const $ = id => document.getElementById(id);
let role = null; // { kind: 'agent', agentId } or { kind: 'authority' }

// Who the key belongs to: the authority may read the fallback inbox, an agent is refused (403) and sees its own port calls.
async function whoAmI() {
  try {
    await call('fallback/inbox?link=unlinked');
    return { kind: 'authority' };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) throw error;
  }
  const calls = await call('port-calls');
  return { kind: 'agent', agentId: calls.items?.[0]?.agentId ?? null };
}

function render() {
  translate(document);
  $('language').value = language();
  const signedIn = role !== null;
  $('sign-in').hidden = signedIn;
  $('sign-out').hidden = !signedIn;
  $('who').hidden = !signedIn;
  $('agent').hidden = role?.kind !== 'agent';
  $('authority').hidden = role?.kind !== 'authority';
  if (!signedIn) return;
  $('who').textContent = role.kind === 'authority' ? t('asAuthority') : t('asAgent', { agent: role.agentId ?? '' });
  if (role.kind === 'agent') showAgent($('agent'));
  else showAuthority($('authority'));
}

async function signIn(key, functionKey) {
  const error = $('sign-in-error');
  error.hidden = true;
  session.start(key, functionKey);
  try {
    role = await whoAmI();
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
  $('agent').replaceChildren();
  $('authority').replaceChildren();
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
// An agent's id is known from its first port call; one without any learns it when it registers one.
document.addEventListener('agent-known', event => {
  if (role?.kind === 'agent' && role.agentId !== event.detail) { role.agentId = event.detail; $('who').textContent = t('asAgent', { agent: role.agentId }); }
});
$('language').addEventListener('change', event => { choose(event.target.value); render(); });

render();
if (session.key) signIn(session.key, session.functionKey);
