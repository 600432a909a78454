import { createSseParser, readSse as readSseBody } from '../src/client/sse.ts';

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

/** Reads a streaming response event by event, as a browser would. */
export async function* readSse(response: Response): AsyncGenerator<SseEvent> {
  for await (const event of readSseBody(response.body!)) yield decoded(event);
}
