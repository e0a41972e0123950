// Wiring: the token form, the user's scope, filters, the board, the map, the case panel and the
// live stream. State stays in this one object; the other modules only draw.

import { ApiError, api, token } from './api.js';
import { clearBoard, markSelected, renderBoard } from './board.js';
import { bindActions, clearCase, showCase } from './case.js';
import { DETECTORS, SEVERITIES, STATUSES, label } from './labels.js';
import { clearMap, renderMap } from './map.js';
import { fillSelect, showScope } from './scope.js';
import { openStream } from './stream.js';

const PAGE_SIZE = 50;
const FRESH_MS = 8000;
const $ = (id) => document.getElementById(id);

const state = {
  filters: {}, page: 0, items: [], total: 0, known: null, counts: new Map(),
  fresh: new Set(), selectedId: null, stopStream: null, refreshTimer: null,
  session: 0, // bumped at logout, so answers to the previous session's requests are dropped
};

function announce(message) {
  const region = $('announcer');
  region.textContent = '';
  // A new text node on the next frame, so the same words twice are announced twice.
  requestAnimationFrame(() => { region.textContent = message; });
}

function showLogin(message = '') {
  if (state.stopStream) state.stopStream();
  state.stopStream = null;
  clearTimeout(state.refreshTimer);
  state.session += 1;
  // Nothing of the previous session stays on screen or in memory for the next one.
  Object.assign(state, { items: [], total: 0, known: null, selectedId: null });
  state.counts.clear();
  clearBoard();
  clearMap();
  clearCase();
  token.clear();
  $('app').hidden = true;
  $('scope').hidden = true;
  $('live-state').hidden = true;
  $('logout').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
  $('token').value = '';
  $('token').focus();
}

function failed(error) {
  // A late answer to a request of a session that has ended (logout): nothing to show for it.
  if (!token.get()) return;
  if (error instanceof ApiError && error.status === 401) {
    showLogin('Jeton refusé (absent, invalide ou expiré) : collez un nouveau jeton.');
  } else {
    $('app-error').textContent = error.message;
  }
}

function drawCases() {
  const options = { selectedId: state.selectedId, freshIds: state.fresh, onSelect: selectCase };
  renderBoard({ items: state.items, page: state.page, size: PAGE_SIZE, total: state.total }, options);
  renderMap(state.items, options);
}

function markFresh(caseId) {
  state.fresh.add(caseId);
  setTimeout(() => {
    state.fresh.delete(caseId);
    document.querySelector(`#board button[data-case-id="${CSS.escape(caseId)}"]`)
      ?.parentElement.classList.remove('fresh');
  }, FRESH_MS);
}

async function loadCases() {
  const session = state.session;
  try {
    const page = await api.cases({ ...state.filters, page: state.page, size: PAGE_SIZE });
    if (session !== state.session) return;
    for (const item of page.items) {
      const before = state.counts.get(item.caseId);
      const isNew = state.known && !state.known.has(item.caseId);
      if (isNew || (before !== undefined && before < item.alertCount)) markFresh(item.caseId);
      state.counts.set(item.caseId, item.alertCount);
    }
    state.known = new Set([...(state.known ?? []), ...page.items.map((c) => c.caseId)]);
    state.items = page.items;
    state.total = page.total;
    $('app-error').textContent = '';
    drawCases();
  } catch (error) {
    if (session === state.session) failed(error);
  }
}

function scheduleRefresh() {
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(loadCases, 200);
}

async function loadSelected() {
  if (!state.selectedId) return null;
  const item = await api.caseById(state.selectedId);
  showCase(item);
  return item;
}

async function selectCase(caseId) {
  state.selectedId = caseId;
  markSelected(caseId);
  renderMap(state.items, { selectedId: caseId, onSelect: selectCase });
  $('action-status').textContent = '';
  try {
    await loadSelected();
    $('case-heading').focus();
  } catch (error) {
    failed(error);
  }
}

// After a 202 the case changes once the service has folded the command in: poll (at most
// 40 times, 10 s) until it differs from what it was before the command.
async function submitAction(action, form) {
  const caseId = state.selectedId;
  const session = state.session;
  const status = $('action-status');
  status.textContent = 'Action envoyée…';
  try {
    const before = JSON.stringify(await api.caseById(caseId));
    await api.act(caseId, action);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      if (session !== state.session) return; // logged out meanwhile
      const item = await api.caseById(caseId);
      if (JSON.stringify(item) !== before) {
        if (state.selectedId === caseId) showCase(item);
        status.textContent = 'Action enregistrée.';
        announce('Action enregistrée.');
        if (form) form.reset();
        loadCases();
        return;
      }
      await new Promise((resolve) => { setTimeout(resolve, 250); });
    }
    status.textContent = "Action envoyée, pas encore visible : rechargez le cas dans un instant.";
  } catch (error) {
    if (session !== state.session) return;
    status.textContent = error.message;
    failed(error);
  }
}

function onStreamEvent(event) {
  let data = {};
  try { data = JSON.parse(event.data); } catch { return; }
  if (event.event === 'alert') {
    if (data.caseId) markFresh(data.caseId); // an action on a case ('case' event) is not news
    const where = data.department ? ` (dép. ${data.department})` : '';
    announce(`Nouvelle alerte : ${data.title ?? label(DETECTORS, data.detector)}${where}`);
  }
  if (data.caseId && data.caseId === state.selectedId) loadSelected().catch(failed);
  scheduleRefresh();
}

const LIVE_TEXT = {
  connecting: 'connexion…', open: 'connecté', retrying: 'coupé, nouvel essai…',
  forbidden: 'accès refusé', unauthorized: 'jeton refusé',
};

function onStreamState(live) {
  $('live-state-text').textContent = LIVE_TEXT[live] ?? live;
  if (live === 'unauthorized') showLogin('Jeton refusé par le flux en direct : collez un nouveau jeton.');
  if (live === 'forbidden') $('app-error').textContent = 'Accès refusé.';
  if (live === 'open') scheduleRefresh(); // catch up on anything that changed while away
}

function restartStream() {
  if (state.stopStream) state.stopStream();
  const { detector, department } = state.filters;
  state.stopStream = openStream({ detector, department },
    { onEvent: onStreamEvent, onState: onStreamState });
}

function readFilters() {
  const data = new FormData($('filters'));
  state.filters = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()]));
  state.page = 0;
  state.known = null; // cases that only the new filters show are not "new"
  loadCases();
  restartStream();
}

async function start() {
  try {
    const me = await api.me();
    showScope(me);
    $('login').hidden = true;
    $('app').hidden = false;
    $('scope').hidden = false;
    $('live-state').hidden = false;
    $('logout').hidden = false;
    await loadCases();
    restartStream();
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) showLogin('Accès refusé.');
    else if (error instanceof ApiError && error.status === 401) showLogin('Jeton refusé (absent, invalide ou expiré).');
    else showLogin(error.message);
  }
}

function init() {
  fillSelect('f-severity', Object.keys(SEVERITIES), SEVERITIES);
  fillSelect('f-status', Object.keys(STATUSES), STATUSES);
  $('login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('token').value.trim().replace(/^Bearer\s+/i, '');
    if (!value) { $('login-error').textContent = 'Collez un jeton pour continuer.'; return; }
    token.set(value);
    start();
  });
  $('logout').addEventListener('click', () => showLogin('Vous êtes déconnecté.'));
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); readFilters(); });
  $('filters').addEventListener('reset', () => setTimeout(readFilters));
  $('prev-page').addEventListener('click', () => { state.page -= 1; loadCases(); });
  $('next-page').addEventListener('click', () => { state.page += 1; loadCases(); });
  bindActions(submitAction);
  if (token.get()) start(); else showLogin();
}

init();
