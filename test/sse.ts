import { createSseParser } from '../src/client/sse.ts';

// The tests read streams with the one parser the client and the UI use, their data parsed as JSON.

export type SseEvent = { event: string; data: unknown };

const decoded = ({ event, data }: { event: string; data: string }): SseEvent => ({
  event,
  data: JSON.parse(data),
});

/** Parses a whole server-sent-events body into its events. */
export function parseSse(body: string): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(decoded(event)));
  parser.push(body);
  parser.end();
  return events;
}
