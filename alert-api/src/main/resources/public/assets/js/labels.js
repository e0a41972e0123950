// French wording of the API's codes, and times shown as a Paris inspector reads them.

export const DETECTORS = {
  'restaurant-hygiene': 'Hygiène des restaurants',
  'water-quality': "Qualité de l'eau",
  'land-occupation': 'Occupation des sols',
  'citizen-calls': 'Appels citoyens',
  'inspection-letters': "Lettres de suite d'inspection",
  'medical-reports': 'Comptes rendus médicaux',
};

export const SEVERITIES = { CRITICAL: 'Critique', HIGH: 'Élevée', MEDIUM: 'Moyenne', LOW: 'Faible' };

export const STATUSES = {
  OPEN: 'Ouvert', ACKNOWLEDGED: 'Pris en compte', ASSIGNED: 'Assigné',
  RESOLVED: 'Clos', SILENCED: 'En sourdine',
};

export const VERDICTS = {
  confirmed: 'Confirmé', 'false-positive': 'Faux positif', 'no-action': 'Sans suite',
};

export const HISTORY = {
  ALERT: 'Alerte', ACKNOWLEDGE: 'Réception accusée', ASSIGN: 'Assignation',
  RESOLVE: 'Clôture', SILENCE: 'Mise en sourdine', NOTE: 'Note',
};

export const ROLES = {
  inspector: 'inspecteur', supervisor: 'superviseur', operator: 'exploitant', integrator: 'intégrateur',
};

export const SUBJECT_KINDS = {
  establishment: 'établissement', station: 'station', parcel: 'parcelle', area: 'zone',
  caller: 'appelant', patient: 'patient', facility: 'installation',
};

/** A score between 0 and 1 written the French way ("0,91"). */
export function score(value) {
  return typeof value === 'number'
    ? value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '—';
}

export function label(table, code) {
  if (code == null) return '—';
  return table[code] ?? table[String(code).toUpperCase()] ?? table[String(code).toLowerCase()] ?? String(code);
}

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium',
});

/** An ISO instant as Paris local time, or a dash. */
export function parisTime(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : PARIS.format(date);
}

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit',
});

// Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer).
function parisOffsetMinutes(date) {
  const p = Object.fromEntries(PARTS.formatToParts(date).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - date.getTime()) / 60000);
}

/** A datetime-local value ("2026-03-02T18:30") read as Paris time, as an ISO instant. */
export function parisLocalToInstant(local) {
  const [day, time] = local.split('T');
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Twice, so an instant next to a daylight-saving change takes the offset in force at that time.
  let instant = naive - parisOffsetMinutes(new Date(naive)) * 60000;
  instant = naive - parisOffsetMinutes(new Date(instant)) * 60000;
  return new Date(instant).toISOString();
}
