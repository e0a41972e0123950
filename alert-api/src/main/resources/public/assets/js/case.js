// The selected case: its details, the latest alert's evidence, its history and the action forms.

import {
  DETECTORS, HISTORY, SEVERITIES, STATUSES, SUBJECT_KINDS, VERDICTS, label, parisLocalToInstant,
  parisTime, score,
} from './labels.js';

const $ = (id) => document.getElementById(id);

function text(tag, value, className) {
  const node = document.createElement(tag);
  node.textContent = value;
  if (className) node.className = className;
  return node;
}

function details(item) {
  const alert = item.latestAlert ?? {};
  const subject = item.subject ?? {};
  const rows = [
    ['Détecteur', label(DETECTORS, item.detector)],
    ['Département', item.department ?? '—'],
    ['Sujet', [subject.name, subject.kind && `(${label(SUBJECT_KINDS, subject.kind)})`].filter(Boolean).join(' ') || '—'],
    ['Adresse', subject.address ?? '—'],
    ['Gravité', label(SEVERITIES, item.severity)],
    ['Statut', label(STATUSES, item.status)],
    ['Alertes', String(item.alertCount ?? 1)],
    ['Première alerte', parisTime(item.firstSeen)],
    ['Dernière alerte', parisTime(item.lastSeen)],
    ['Score de la dernière alerte', score(alert.score)],
    ['Assigné à', item.assignee ?? '—'],
    ['Verdict', item.verdict ? label(VERDICTS, item.verdict) : '—'],
    ['En sourdine jusqu\'au', parisTime(item.silencedUntil)],
    ['Identifiant', item.caseId],
  ];
  $('case-details').replaceChildren(...rows.flatMap(([term, value]) => {
    const dd = text('dd', value);
    if (term === 'Statut') dd.id = 'case-status';
    return [text('dt', term), dd];
  }));
}

function safeLink(link) {
  try {
    const url = new URL(link, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function evidence(item) {
  const pieces = item.latestAlert?.evidence ?? [];
  const rows = pieces.map((piece) => {
    const li = document.createElement('li');
    if (piece.excerpt) li.append(text('blockquote', piece.excerpt));
    const facts = [
      piece.label, typeof piece.score === 'number' ? `score ${score(piece.score)}` : null,
      piece.eventTime ? parisTime(piece.eventTime) : null, piece.recordId ? `source ${piece.recordId}` : null,
    ].filter(Boolean).join(' · ');
    li.append(text('p', facts, 'evidence-facts'));
    const href = piece.link && safeLink(piece.link);
    if (href) {
      const a = text('a', 'Voir le document', 'evidence-link');
      a.href = href;
      a.rel = 'noopener noreferrer';
      li.append(a);
    }
    return li;
  });
  $('case-evidence').replaceChildren(...(rows.length ? rows : [text('li', 'Aucun élément.')]));
}

function historyLine(entry) {
  const parts = [];
  if (entry.severity) parts.push(`gravité ${label(SEVERITIES, entry.severity)}`);
  if (entry.alertId) parts.push(`alerte ${entry.alertId}`);
  if (entry.assignee) parts.push(`à ${entry.assignee}`);
  if (entry.verdict) parts.push(`verdict : ${label(VERDICTS, entry.verdict)}`);
  if (entry.until) parts.push(`jusqu'au ${parisTime(entry.until)}`);
  if (entry.note) parts.push(`« ${entry.note} »`);
  return parts.join(', ');
}

function history(item) {
  const rows = (item.history ?? []).map((entry) => {
    const li = document.createElement('li');
    li.dataset.type = entry.type;
    li.append(
      text('time', parisTime(entry.at)),
      text('strong', ` ${label(HISTORY, entry.type)}`),
      // An alert's author is its detector; an action's, the inspector.
      document.createTextNode(entry.by ? ` par ${label(DETECTORS, entry.by)}` : ''),
    );
    const line = historyLine(entry);
    if (line) li.append(text('span', ` — ${line}`, 'history-detail'));
    return li;
  });
  $('case-history').replaceChildren(...(rows.length ? rows : [text('li', 'Aucun événement.')]));
}

function enableActions(item) {
  const closed = item.status === 'RESOLVED';
  $('act-acknowledge').disabled = item.status !== 'OPEN';
  for (const id of ['act-assign', 'act-resolve', 'act-silence']) {
    for (const control of $(id).elements) control.disabled = closed;
  }
}

/** Shows a case fetched from /api/cases/{id}. */
export function showCase(item) {
  $('case-heading').textContent = item.title || item.subject?.name || item.caseId;
  $('case-empty').hidden = true;
  $('case-body').hidden = false;
  details(item);
  evidence(item);
  history(item);
  enableActions(item);
}

export function clearCase() {
  $('case-heading').textContent = 'Cas sélectionné';
  $('case-empty').hidden = false;
  $('case-body').hidden = true;
  $('action-status').textContent = '';
}

/** Turns the buttons and forms into action commands handed to submit(action, form). */
export function bindActions(submit) {
  $('act-acknowledge').addEventListener('click', () => submit({ type: 'acknowledge' }));
  const on = (id, build) => $(id).addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!form.reportValidity()) return;
    submit(build(new FormData(form)), form);
  });
  on('act-assign', (data) => ({ type: 'assign', assignee: data.get('assignee').trim() }));
  on('act-resolve', (data) => {
    const note = data.get('note').trim();
    return { type: 'resolve', verdict: data.get('verdict'), ...(note ? { note } : {}) };
  });
  on('act-silence', (data) => ({ type: 'silence', until: parisLocalToInstant(data.get('until')) }));
  on('act-note', (data) => ({ type: 'note', note: data.get('note').trim() }));
}
