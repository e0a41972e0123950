// Calls to the alert service with the inspector's bearer token; the token lives in this tab only.

const TOKEN_KEY = 'sentinelle.token';

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** An HTTP failure with its status, so callers can tell "log in again" from "not allowed". */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function authHeaders(extra = {}) {
  return { Authorization: `Bearer ${token.get()}`, Accept: 'application/json', ...extra };
}

async function failure(response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body.message ?? '';
  } catch {
    // not JSON: the status alone says enough
  }
  if (response.status === 401) return new ApiError(401, 'Jeton absent, invalide ou expiré : reconnectez-vous.');
  if (response.status === 403) return new ApiError(403, 'Accès refusé.');
  if (response.status === 404) return new ApiError(404, 'Introuvable.');
  return new ApiError(response.status, `Erreur du service (${response.status})${detail ? ` : ${detail}` : ''}`);
}

async function call(path, options = {}) {
  let response;
  try {
    response = await fetch(path, { ...options, headers: authHeaders(options.headers) });
  } catch {
    throw new ApiError(0, 'Service injoignable.');
  }
  if (!response.ok) throw await failure(response);
  return response.status === 204 ? null : response.json();
}

/** Query string of the non-empty values only. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  me: () => call('/api/me'),
  cases: (params) => call(`/api/cases${query(params)}`),
  caseById: (caseId) => call(`/api/cases/${encodeURIComponent(caseId)}`),
  act: (caseId, action) => call(`/api/cases/${encodeURIComponent(caseId)}/actions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(action),
  }),
};
