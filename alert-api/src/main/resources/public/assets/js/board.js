// The list of cases: one button per case, newest activity first as the service orders them.

import { DETECTORS, SEVERITIES, STATUSES, label, parisTime } from './labels.js';

const board = () => document.getElementById('board');
const drawn = new Map(); // caseId -> its <li>, reused while the case is unchanged

function badge(kind, code, text) {
  const span = document.createElement('span');
  span.className = `badge ${kind}-${String(code).toLowerCase()}`;
  span.textContent = text;
  return span;
}

function caseButton(item, selectedId, onSelect) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'case-open';
  button.dataset.caseId = item.caseId;
  if (item.caseId === selectedId) button.setAttribute('aria-current', 'true');

  const title = document.createElement('span');
  title.className = 'case-title';
  title.textContent = item.title || item.subject?.name || item.caseId;

  const meta = document.createElement('span');
  meta.className = 'case-meta';
  meta.append(
    badge('sev', item.severity, label(SEVERITIES, item.severity)),
    badge('status', item.status, label(STATUSES, item.status)),
    document.createTextNode(
      ` ${label(DETECTORS, item.detector)} · dép. ${item.department ?? '—'}`
      + ` · ${item.subject?.name ?? ''}`),
  );

  const when = document.createElement('span');
  when.className = 'case-when';
  const count = item.alertCount ?? 1;
  when.textContent = `${count} alerte${count > 1 ? 's' : ''} · dernière le ${parisTime(item.lastSeen)}`;

  button.append(title, meta, when);
  button.addEventListener('click', () => onSelect(item.caseId));
  return button;
}

/** Replaces the list, keeping keyboard focus on the same case and marking fresh ones. */
export function renderBoard(page, { selectedId, freshIds, onSelect }) {
  const list = board();
  const focusedId = document.activeElement?.closest?.('#board')
    ? document.activeElement.dataset.caseId : null;
  const items = page.items ?? [];
  const rows = items.map((item) => {
    // An unchanged case keeps its element, so a live update redraws only what changed.
    const signature = JSON.stringify([item, item.caseId === selectedId]);
    let li = drawn.get(item.caseId);
    if (!li || li.dataset.signature !== signature) {
      li = document.createElement('li');
      li.dataset.signature = signature;
      li.append(caseButton(item, selectedId, onSelect));
      drawn.set(item.caseId, li);
    }
    li.className = `case-item case-sev-${String(item.severity).toLowerCase()}`;
    li.classList.toggle('fresh', freshIds.has(item.caseId));
    return li;
  });
  const shown = new Set(items.map((item) => item.caseId));
  for (const caseId of drawn.keys()) if (!shown.has(caseId)) drawn.delete(caseId);
  const same = rows.length === list.children.length && rows.every((li, i) => list.children[i] === li);
  if (!same) list.replaceChildren(...rows);
  document.getElementById('board-empty').hidden = items.length > 0;
  if (focusedId) list.querySelector(`button[data-case-id="${CSS.escape(focusedId)}"]`)?.focus();

  const open = items.filter((c) => c.status === 'OPEN').length;
  document.getElementById('counts').textContent =
    `(${page.total ?? items.length} au total, ${open} ouvert${open > 1 ? 's' : ''} sur cette page)`;
  const pages = Math.max(1, Math.ceil((page.total ?? 0) / (page.size || 1)));
  document.getElementById('page-info').textContent = `Page ${(page.page ?? 0) + 1} sur ${pages}`;
  document.getElementById('prev-page').disabled = (page.page ?? 0) <= 0;
  document.getElementById('next-page').disabled = (page.page ?? 0) + 1 >= pages;
}

/** Marks the selected case without rebuilding the list. */
export function markSelected(caseId) {
  for (const button of board().querySelectorAll('button.case-open')) {
    if (button.dataset.caseId === caseId) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

/** Empties the list (logging out leaves nothing of the previous user on the page). */
export function clearBoard() {
  drawn.clear();
  board().replaceChildren();
  document.getElementById('counts').textContent = '';
}
