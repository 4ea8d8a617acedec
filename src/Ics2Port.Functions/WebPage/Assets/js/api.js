// Calls the app's public API with the person's key. The key lives in this tab's sessionStorage only (it survives a reload
// of the tab, never the tab itself) and travels in the X-Api-Key header: never in a URL, the page or localStorage.

const keyName = 'ics2port.apiKey';
const functionKeyName = 'ics2port.functionKey';
const base = new URL('../', document.baseURI).pathname; // the page is at {prefix}/app/, the API at {prefix}/

export const session = {
  get key() { return sessionStorage.getItem(keyName); },
  get functionKey() { return sessionStorage.getItem(functionKeyName); },
  start(key, functionKey) {
    sessionStorage.setItem(keyName, key);
    if (functionKey) sessionStorage.setItem(functionKeyName, functionKey); else sessionStorage.removeItem(functionKeyName);
  },
  end() { sessionStorage.removeItem(keyName); sessionStorage.removeItem(functionKeyName); },
};

/** An answer that is not a success: its status and RFC 9457 problem (errors with pointer, rule and message). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get errors() { return Array.isArray(this.problem.errors) ? this.problem.errors : []; }
}

/**
 * Sends one request to {prefix}/<path>. <body> is JSON unless it is a Blob/File, which goes as is with <contentType>.
 * Answers the parsed JSON (or the Response itself with raw: true); throws ApiError otherwise.
 */
export async function call(path, { method = 'GET', body, contentType, headers = {}, raw = false } = {}) {
  const sent = { ...headers, 'X-Api-Key': session.key ?? '' };
  if (session.functionKey) sent['x-functions-key'] = session.functionKey;
  let payload;
  if (body instanceof Blob) {
    payload = body;
    sent['Content-Type'] = contentType;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    sent['Content-Type'] = 'application/json';
  }
  if (!raw) sent.Accept = 'application/json';
  const response = await fetch(base + path.replace(/^\//, ''), { method, headers: sent, body: payload, credentials: 'omit', cache: 'no-store' });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* no problem body */ }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

/** The path segment of an id taken from an answer, escaped. */
export const segment = value => encodeURIComponent(String(value));
