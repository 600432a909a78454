import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// A real HTTP server speaking the Chat Completions protocol, so tests drive the real `openai` SDK
// (retries, SSE parsing, aborts) instead of a mock. Each request takes the next queued behaviour,
// else the handler option, else the default behaviour.

export type FakeUsage = { prompt_tokens: number; completion_tokens: number };

type Timing = {
  /** Wait before the first content chunk (after the headers and the role chunk). */
  firstTokenDelayMs?: number;
  /** Wait between content chunks. */
  interTokenDelayMs?: number;
};

export type FakeBehaviour =
  /** Text content: JSON when the request does not stream, SSE chunks when it does. */
  | ({ type: 'text'; text: string | string[]; usage?: FakeUsage; finishReason?: string } & Timing)
  /** A structured answer: `value` is serialised, or sent as is when `raw` (e.g. nonsense JSON). */
  | ({ type: 'json'; value?: unknown; raw?: string; usage?: FakeUsage } & Timing)
  | { type: 'refusal'; refusal: string }
  /** An HTTP error answer (500, 429, 400, ...) with an OpenAI-style error body. */
  | { type: 'error'; status: number; message?: string; retryAfter?: string; headers?: Record<string, string> }
  /** The socket is destroyed before any answer. */
  | { type: 'reset' }
  /** Streams the first `afterChunks` content chunks, then destroys the socket without [DONE]. */
  | ({ type: 'cut'; text: string | string[]; afterChunks: number } & Timing)
  /** Sends the headers and the given chunks, then nothing until the client gives up. */
  | { type: 'stall'; chunks?: string[] };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when it was not JSON). */
  // biome-ignore lint/suspicious/noExplicitAny: a free-form request body that tests inspect field by field
  body: any;
  receivedAt: number;
  /** When the first content chunk was written (streaming only). */
  firstChunkAt?: number;
  /** When the server finished sending the whole answer. */
  finishedAt?: number;
  /** True when the client closed the connection before the answer was complete. */
  aborted: boolean;
  abortedAt?: number;
  behaviour?: FakeBehaviour['type'];
};

export type BehaviourSource = FakeBehaviour | ((request: RecordedRequest) => FakeBehaviour);

export type FakeOpenAIOptions = {
  /** Decides per request when nothing is queued. */
  handler?: (request: RecordedRequest) => FakeBehaviour;
  /** Used when nothing is queued and there is no handler. */
  behaviour?: FakeBehaviour;
  model?: string;
};

export type FakeOpenAI = {
  /** The SDK's `baseURL`, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the default behaviour (the one used when the queue is empty). */
  setBehaviour(behaviour: BehaviourSource): void;
  /** Queues behaviours for the next requests, in order. */
  enqueue(...behaviours: BehaviourSource[]): void;
  close(): Promise<void>;
};

export const fake = {
  text: (text: string | string[], timing: Timing & { usage?: FakeUsage } = {}): FakeBehaviour => ({
    type: 'text',
    text,
    ...timing,
  }),
  json: (value: unknown): FakeBehaviour => ({ type: 'json', value }),
  rawJson: (raw: string): FakeBehaviour => ({ type: 'json', raw }),
  refusal: (refusal = 'I cannot help with that.'): FakeBehaviour => ({ type: 'refusal', refusal }),
  status: (status: number, message = 'The fake upstream failed.'): FakeBehaviour => ({
    type: 'error',
    status,
    message,
  }),
  rateLimited: (retryAfter = '0'): FakeBehaviour => ({
    type: 'error',
    status: 429,
    message: 'Rate limit reached.',
    retryAfter,
  }),
  reset: (): FakeBehaviour => ({ type: 'reset' }),
  cut: (text: string | string[], afterChunks: number, timing: Timing = {}): FakeBehaviour => ({
    type: 'cut',
    text,
    afterChunks,
    ...timing,
  }),
  stall: (chunks: string[] = []): FakeBehaviour => ({ type: 'stall', chunks }),
};

/** Splits text into word-sized tokens that keep their leading whitespace, like a tokenizer would. */
export function tokenize(text: string | string[]): string[] {
  if (Array.isArray(text)) return text;
  return text.match(/\s*\S+/g) ?? [text];
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const model = options.model ?? 'fake-model';
  const queue: BehaviourSource[] = [];
  let fallback: BehaviourSource = options.behaviour ?? fake.text('Fine.');
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let counter = 0;

  const pick = (request: RecordedRequest): FakeBehaviour => {
    const source = queue.shift() ?? options.handler ?? fallback;
    return typeof source === 'function' ? source(request) : source;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: parseJson(raw),
      receivedAt: Date.now(),
      aborted: false,
    };
    requests.push(request);
    res.on('close', () => {
      // A close before the answer ended is the client leaving (server-side destroys set finishedAt first).
      if (!res.writableFinished && request.finishedAt === undefined) {
        request.aborted = true;
        request.abortedAt = Date.now();
      }
    });

    if (request.method !== 'POST' || !request.path.endsWith('/chat/completions')) {
      return sendError(res, 404, `No fake route for ${request.method} ${request.path}`);
    }
    const behaviour = pick(request);
    request.behaviour = behaviour.type;
    const id = `chatcmpl-fake-${++counter}`;
    const streaming = request.body?.stream === true;
    const includeUsage = request.body?.stream_options?.include_usage === true;
    const base = { id, created: Math.floor(request.receivedAt / 1000), model: request.body?.model ?? model };

    switch (behaviour.type) {
      case 'error': {
        const headers: Record<string, string> = { ...behaviour.headers };
        if (behaviour.retryAfter !== undefined) headers['retry-after'] = behaviour.retryAfter;
        return sendError(res, behaviour.status, behaviour.message ?? 'The fake upstream failed.', headers);
      }
      case 'reset':
        request.finishedAt = Date.now();
        return res.socket?.destroy();
      case 'refusal':
        if (streaming) {
          return streamChunks(res, request, base, [], { refusal: behaviour.refusal }, includeUsage);
        }
        return sendCompletion(res, request, base, { content: null, refusal: behaviour.refusal }, 'stop');
      case 'stall': {
        startStream(res);
        writeChunk(res, base, { role: 'assistant', content: '' });
        for (const text of behaviour.chunks ?? []) {
          request.firstChunkAt ??= Date.now();
          writeChunk(res, base, { content: text });
        }
        return; // nothing more: the client's timeout or abort closes the connection
      }
      case 'cut': {
        const tokens = tokenize(behaviour.text).slice(0, behaviour.afterChunks);
        await streamTokens(res, request, base, tokens, behaviour);
        // Let the chunks reach the client before the cut, or destroy() would discard them.
        await new Promise<void>((resolve) => (res.destroyed ? resolve() : res.write('\n', () => resolve())));
        request.finishedAt = Date.now();
        return res.socket?.destroy();
      }
      case 'text':
      case 'json': {
        const content =
          behaviour.type === 'text'
            ? [behaviour.text].flat().join('')
            : (behaviour.raw ?? JSON.stringify(behaviour.value));
        const usage = behaviour.usage ?? estimateUsage(request.body, content);
        const finishReason = behaviour.type === 'text' ? (behaviour.finishReason ?? 'stop') : 'stop';
        if (!streaming) {
          if (behaviour.firstTokenDelayMs) await sleep(behaviour.firstTokenDelayMs);
          return sendCompletion(res, request, base, { content, refusal: null }, finishReason, usage);
        }
        const tokens = behaviour.type === 'text' ? tokenize(behaviour.text) : tokenize(content);
        startStream(res);
        writeChunk(res, base, { role: 'assistant', content: '' });
        if (!(await streamTokens(res, request, base, tokens, behaviour))) return;
        writeChunk(res, base, {}, finishReason);
        if (includeUsage)
          writeRaw(res, { ...base, object: 'chat.completion.chunk', choices: [], usage: full(usage) });
        res.write('data: [DONE]\n\n');
        request.finishedAt = Date.now();
        res.end();
        return;
      }
    }
  }

  async function streamChunks(
    res: ServerResponse,
    request: RecordedRequest,
    base: ChunkBase,
    tokens: string[],
    last: Record<string, unknown>,
    includeUsage: boolean,
  ) {
    startStream(res);
    writeChunk(res, base, { role: 'assistant', content: '' });
    if (!(await streamTokens(res, request, base, tokens, {}))) return;
    writeChunk(res, base, last, 'stop');
    if (includeUsage) {
      writeRaw(res, {
        ...base,
        object: 'chat.completion.chunk',
        choices: [],
        usage: full({ prompt_tokens: 1, completion_tokens: 1 }),
      });
    }
    res.write('data: [DONE]\n\n');
    request.finishedAt = Date.now();
    res.end();
  }

  /** Writes content chunks with the configured delays; false when the client left meanwhile. */
  async function streamTokens(
    res: ServerResponse,
    request: RecordedRequest,
    base: ChunkBase,
    tokens: string[],
    timing: Timing,
  ): Promise<boolean> {
    if (!res.headersSent) startStream(res);
    for (const [index, token] of tokens.entries()) {
      const delay = index === 0 ? timing.firstTokenDelayMs : timing.interTokenDelayMs;
      if (delay) await sleep(delay);
      if (res.destroyed) return false;
      request.firstChunkAt ??= Date.now();
      writeChunk(res, base, { content: token });
    }
    return !res.destroyed;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setBehaviour(behaviour) {
      fallback = behaviour;
    },
    enqueue(...behaviours) {
      queue.push(...behaviours);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

type ChunkBase = { id: string; created: number; model: string };

function startStream(res: ServerResponse) {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
}

function writeChunk(
  res: ServerResponse,
  base: ChunkBase,
  delta: Record<string, unknown>,
  finishReason?: string,
) {
  writeRaw(res, {
    ...base,
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason ?? null }],
  });
}

function writeRaw(res: ServerResponse, payload: unknown) {
  if (!res.destroyed) res.write(`data: ${JSON.stringify(payload)}\n\n`);
}

function sendCompletion(
  res: ServerResponse,
  request: RecordedRequest,
  base: ChunkBase,
  message: { content: string | null; refusal: string | null },
  finishReason: string,
  usage: FakeUsage = { prompt_tokens: 1, completion_tokens: 1 },
) {
  const body = {
    ...base,
    object: 'chat.completion',
    choices: [
      { index: 0, message: { role: 'assistant', ...message }, logprobs: null, finish_reason: finishReason },
    ],
    usage: full(usage),
  };
  request.finishedAt = Date.now();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { message, type: 'fake_error', param: null, code: null } }));
}

function full(usage: FakeUsage) {
  return { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
}

// Rough but stable: about four characters a token, like the real tokenizers on English text.
function estimateUsage(body: unknown, content: string): FakeUsage {
  return {
    prompt_tokens: Math.max(1, Math.ceil(JSON.stringify(body ?? '').length / 4)),
    completion_tokens: Math.max(1, Math.ceil(content.length / 4)),
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}
