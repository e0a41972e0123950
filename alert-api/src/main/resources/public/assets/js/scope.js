// The user's scope from /api/me: the header line and the filter choices it allows.

import { DETECTORS, ROLES, label } from './labels.js';

const $ = (id) => document.getElementById(id);

export function fillSelect(id, codes, table) {
  const select = $(id);
  select.replaceChildren(select.options[0]);
  for (const code of codes) select.add(new Option(table ? label(table, code) : code, code));
}

// "*" in a departments or detectors claim means all of them.
const named = (list) => (list ?? []).filter((value) => value !== '*');
const all = (list) => (list ?? []).includes('*');
// A supervisor oversees his detectors in every department.
const allDepartments = (me) => all(me.departments) || (me.roles ?? []).includes('supervisor');

function describeScope(me) {
  const roles = (me.roles ?? []).map((r) => label(ROLES, r)).join(', ') || 'aucun rôle';
  const departments = allDepartments(me) ? 'tous départements'
    : `départements ${named(me.departments).join(', ') || 'aucun'}`;
  const detectors = all(me.detectors) ? 'tous détecteurs'
    : named(me.detectors).map((d) => label(DETECTORS, d)).join(', ') || 'aucun détecteur';
  return `${me.subject} (${roles}) — ${departments} — ${detectors}${me.medical ? ' — accès médical' : ''}`;
}

// With every department in scope a list would be a hundred long: the code is typed instead.
function freeDepartmentField() {
  const select = $('f-department');
  if (select.tagName !== 'SELECT') return;
  const input = document.createElement('input');
  Object.assign(input, { id: 'f-department', name: 'department', autocomplete: 'off', size: 6 });
  input.placeholder = 'ex. 75, 2A';
  input.pattern = '[0-9]{2,3}|2[AB]';
  select.replaceWith(input);
}

/** Writes the scope line and offers only the detectors and departments the user may filter on. */
export function showScope(me) {
  $('scope').textContent = describeScope(me);
  const detectors = all(me.detectors) ? Object.keys(DETECTORS) : named(me.detectors);
  fillSelect('f-detector', detectors.filter((d) => d !== 'medical-reports' || me.medical), DETECTORS);
  if (allDepartments(me)) freeDepartmentField();
  else fillSelect('f-department', named(me.departments));
}
