// A map drawn without tiles (no tile server is reachable): metropolitan France's bounding box in
// an equirectangular projection squeezed by cos(46°), its rough outline, one marker per located case.

import { DETECTORS, SEVERITIES, label } from './labels.js';

const SVG = 'http://www.w3.org/2000/svg';
const WEST = -5.5;
const EAST = 9.8;
const SOUTH = 41.2;
const NORTH = 51.2;
const HEIGHT = 600;
const Y_SCALE = HEIGHT / (NORTH - SOUTH);
const X_SCALE = Y_SCALE * Math.cos((46 * Math.PI) / 180);
const WIDTH = Math.round((EAST - WEST) * X_SCALE);

// Rough coastline and borders (lon, lat), enough to find one's way; not a survey.
const MAINLAND = [
  [2.55, 51.09], [3.1, 50.78], [4.2, 50.3], [4.85, 50.15], [4.8, 49.8], [5.8, 49.55], [6.4, 49.47],
  [7.0, 49.15], [8.2, 48.97], [7.6, 48.1], [7.58, 47.59], [7.0, 47.45], [6.1, 46.6], [6.1, 46.15],
  [6.8, 46.4], [7.0, 45.9], [6.65, 45.1], [7.0, 44.7], [6.9, 44.3], [7.5, 43.8], [7.0, 43.55],
  [6.2, 43.1], [5.3, 43.3], [4.6, 43.4], [3.9, 43.5], [3.1, 43.1], [3.05, 42.45], [1.7, 42.5],
  [0.7, 42.8], [-0.7, 42.85], [-1.75, 43.35], [-1.45, 43.6], [-1.2, 44.6], [-1.1, 45.5],
  [-1.2, 46.2], [-2.1, 46.8], [-2.5, 47.3], [-3.4, 47.7], [-4.4, 47.8], [-4.7, 48.3], [-4.0, 48.7],
  [-3.0, 48.8], [-2.0, 48.65], [-1.5, 48.65], [-1.6, 49.2], [-1.9, 49.7], [-1.25, 49.7],
  [-1.1, 49.35], [-0.2, 49.3], [0.1, 49.45], [0.6, 49.85], [1.4, 50.1], [1.6, 50.4], [1.6, 50.9],
];
const CORSICA = [
  [9.4, 43.0], [9.55, 42.6], [9.55, 42.1], [9.3, 41.6], [9.15, 41.4], [8.8, 41.6], [8.6, 41.9],
  [8.6, 42.3], [8.9, 42.65], [9.3, 42.7],
];

export function project(lon, lat) {
  return [(lon - WEST) * X_SCALE, (NORTH - lat) * Y_SCALE];
}

function element(name, attributes = {}) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function outline(points) {
  return element('polygon', {
    class: 'land', points: points.map(([lon, lat]) => project(lon, lat).join(',')).join(' '),
  });
}

/** Where a case is: the API's subject.location {lat, lon}, or latitude/longitude on the subject. */
export function locationOf(item) {
  const subject = item.subject ?? {};
  const lat = subject.location?.lat ?? subject.latitude;
  const lon = subject.location?.lon ?? subject.longitude;
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  if (lon < WEST || lon > EAST || lat < SOUTH || lat > NORTH) return null;
  return { lat, lon };
}

function marker(item, where, selectedId, onSelect) {
  const [x, y] = project(where.lon, where.lat);
  const name = item.subject?.name ?? item.title ?? item.caseId;
  const group = element('g', {
    class: `marker sev-${String(item.severity).toLowerCase()}`,
    role: 'button', tabindex: '0', 'data-case-id': item.caseId,
    'aria-label': `${name}, ${label(DETECTORS, item.detector)}, gravité ${label(SEVERITIES, item.severity)}`,
  });
  if (item.caseId === selectedId) group.setAttribute('aria-current', 'true');
  const title = element('title');
  title.textContent = name;
  group.append(title, element('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 9 }));
  group.addEventListener('click', () => onSelect(item.caseId));
  group.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(item.caseId);
    }
  });
  return group;
}

/** Redraws the markers for the cases on the board. */
export function renderMap(items, { selectedId, onSelect }) {
  const svg = document.getElementById('map');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  const focusedId = document.activeElement?.closest?.('#map')
    ? document.activeElement.getAttribute('data-case-id') : null;
  const located = items.map((item) => [item, locationOf(item)]).filter(([, where]) => where);
  const signature = JSON.stringify([located, selectedId]);
  if (svg.dataset.signature === signature) return; // nothing moved: keep the markers (and the focus)
  svg.dataset.signature = signature;
  svg.replaceChildren(
    element('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
    outline(MAINLAND), outline(CORSICA),
    ...located.map(([item, where]) => marker(item, where, selectedId, onSelect)),
  );
  if (focusedId) svg.querySelector(`[data-case-id="${CSS.escape(focusedId)}"]`)?.focus();
  const n = located.length;
  document.getElementById('map-count').textContent = `(${n} cas localisé${n > 1 ? 's' : ''})`;
}

export function clearMap() {
  const svg = document.getElementById('map');
  svg.replaceChildren();
  delete svg.dataset.signature;
  document.getElementById('map-count').textContent = '';
}
