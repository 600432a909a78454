import OpenAI from 'openai';

// The one place the OpenAI SDK is constructed. A leaf: callers pass everything in (config, a test
// server's URL, a custom fetch), so tests talk to a real HTTP fake instead of a mocked SDK.

export type LlmClientOptions = {
  /** Local OpenAI-compatible servers need no key; the SDK still wants a string. */
  apiKey?: string;
  baseURL?: string;
  /** Time allowed until the response headers arrive, per attempt. */
  timeoutMs: number;
  /** Bounded retries on 408/409/429/5xx and connection errors (the SDK's backoff, honouring retry-after). */
  maxRetries?: number;
  fetch?: typeof globalThis.fetch;
};

export type LlmClient = OpenAI;

export function createLlmClient(options: LlmClientOptions): LlmClient {
  return new OpenAI({
    apiKey: options.apiKey ?? 'not-needed',
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
