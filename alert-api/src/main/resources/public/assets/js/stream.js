// The live alert stream read with fetch(), because EventSource cannot send the bearer token.
// Parses server-sent events by hand, remembers the last id and resumes from it after a drop.

import { authHeaders, query } from './api.js';

const MIN_DELAY_MS = 1000;
const MAX_DELAY_MS = 30000;

/**
 * Opens the stream for the given filters and calls onEvent({event, id, data}) for each event.
 * onState(state) receives 'connecting' | 'open' | 'retrying' | 'unauthorized' | 'forbidden'.
 * Returns a function that closes the stream for good.
 */
export function openStream(filters, { onEvent, onState }) {
  let lastEventId = null;
  let delay = MIN_DELAY_MS;
  let controller = null;
  let closed = false;
  let timer = null;

  async function connect() {
    controller = new AbortController();
    onState('connecting');
    const headers = authHeaders({ Accept: 'text/event-stream' });
    if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
    try {
      const response = await fetch(`/api/alerts/stream${query(filters)}`,
        { headers, signal: controller.signal, cache: 'no-store' });
      if (closed) return;
      if (response.status === 401) { onState('unauthorized'); return; }
      if (response.status === 403) { onState('forbidden'); return; }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      onState('open');
      delay = MIN_DELAY_MS;
      await readEvents(response.body, (event) => {
        if (event.id !== undefined) lastEventId = event.id;
        onEvent(event);
      });
    } catch (error) {
      if (closed) return;
    }
    if (!closed) retry();
  }

  function retry() {
    onState('retrying');
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }

  connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    if (controller) controller.abort();
  };
}

// Reads "field: value" lines; a blank line ends an event; lines starting with ':' are comments
// (the service's keep-alives). See the HTML standard's event-stream interpretation.
async function readEvents(body, dispatch) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { event: 'message', data: [] };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (event.data.length > 0) dispatch({ ...event, data: event.data.join('\n') });
        event = { event: 'message', data: [] };
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') event.data.push(value);
      else if (field === 'event') event.event = value;
      else if (field === 'id' && !value.includes('\0')) event.id = value;
    }
  }
}
