// The one server-sent-events parser, for the client, the UI and the tests: EventSource cannot POST, so
// turns are streamed with fetch and parsed here. Follows the WHATWG event-stream rules that matter for our
// server: `event`, `data` (multi-line), comments, and any of CRLF / LF / CR as line ends, split anywhere
// across chunks.

export type SseEvent = { event: string; data: string };

export type SseParser = {
  /** Feed decoded text; complete events are passed to the callback as they finish. */
  push(text: string): void;
  /** The stream ended: an event without its closing blank line is dropped, as the spec says. */
  end(): void;
};

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  // A chunk ending in CR may be the first half of CRLF: the LF in the next chunk must not make an empty line.
  let skipLeadingLf = false;

  const dispatch = () => {
    if (dataLines.length > 0) onEvent({ event: eventName || 'message', data: dataLines.join('\n') });
    eventName = '';
    dataLines = [];
  };

  const line = (text: string) => {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
  };

  return {
    push(text) {
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        if (!match) break;
        // A lone CR at the very end may still become CRLF: take the line, remember to skip the LF.
        if (match[0] === '\r' && match.index === buffer.length - 1) skipLeadingLf = true;
        line(buffer.slice(0, match.index));
        buffer = buffer.slice(match.index + match[0].length);
      }
    },
    end() {
      buffer = '';
      eventName = '';
      dataLines = [];
    },
  };
}

/** The events of a fetch body as they arrive; stopping early cancels the body. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
      yield* events.splice(0);
    }
    parser.push(decoder.decode());
    parser.end();
    yield* events.splice(0);
  } finally {
    await reader.cancel().catch(() => {});
  }
}
