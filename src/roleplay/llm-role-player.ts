import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { LlmClient } from '../llm/openai.ts';
import { checkCharacter } from './character-check.ts';
import { answered, hearTurn } from './dialogue/index.ts';
import { buildMessages, buildRetryNote, isLastTurn } from './prompt.ts';
import {
  type PersonaReply,
  type RespondOptions,
  RolePlayError,
  type RolePlayer,
  type RolePlayInput,
  type Usage,
} from './types.ts';

// The persona played by a model: streamed token by token to the caller, guarded by an idle watchdog
// and the caller's abort signal, and checked for character breaks once complete.

export type LlmRolePlayerOptions = {
  client: LlmClient;
  model: string;
  /** Bounds the persona's reply length. */
  maxTokens?: number;
  /** Abort when the open stream sends nothing for this long. */
  idleTimeoutMs: number;
  /** Plays a scripted line when the model keeps breaking character. */
  fallback: RolePlayer;
  temperature?: number;
};

type Attempt = { text: string; usage: Usage | null; truncated: boolean };

export function createLlmRolePlayer(options: LlmRolePlayerOptions): RolePlayer {
  const { client, model, maxTokens = 300, idleTimeoutMs, fallback, temperature = 0.8 } = options;

  async function stream(
    messages: ChatCompletionMessageParam[],
    { signal, onDelta }: RespondOptions,
  ): Promise<Attempt> {
    const upstream = new AbortController();
    let timedOut = false;
    let idle: NodeJS.Timeout | undefined;
    // Restarted at every chunk: the one timer moved on, not a new timer for each chunk.
    const watch = () => {
      if (idle) idle.refresh();
      else {
        idle = setTimeout(() => {
          timedOut = true;
          upstream.abort();
        }, idleTimeoutMs);
      }
    };
    const onAbort = () => upstream.abort();
    signal.addEventListener('abort', onAbort, { once: true });

    let text = '';
    let usage: Usage | null = null;
    let finishReason: string | null = null;
    let opened = false;
    const fail = (error: unknown): RolePlayError => {
      if (signal.aborted)
        return new RolePlayError('aborted', 'The client left.', text, usage, { cause: error });
      if (timedOut) {
        return new RolePlayError(
          'upstream_timeout',
          `No data from the model for ${idleTimeoutMs} ms.`,
          text,
          usage,
        );
      }
      return toRolePlayError(error, opened, text);
    };

    try {
      if (signal.aborted) throw new APIUserAbortError();
      // Until the headers arrive the SDK's own timeout and retries govern; the watchdog guards the open stream.
      const chunks = await client.chat.completions.create(
        {
          model,
          messages,
          stream: true,
          stream_options: { include_usage: true },
          max_tokens: maxTokens,
          temperature,
        },
        { signal: upstream.signal },
      );
      opened = true;
      watch();
      for await (const chunk of chunks) {
        watch();
        if (chunk.usage) usage = toUsage(chunk.usage);
        const choice = chunk.choices[0];
        if (!choice) continue;
        const delta = choice.delta.content ?? '';
        if (delta) {
          text += delta;
          onDelta(delta);
        }
        finishReason = choice.finish_reason ?? finishReason;
      }
    } catch (error) {
      throw fail(error);
    } finally {
      clearTimeout(idle);
      signal.removeEventListener('abort', onAbort);
    }
    // The SDK ends the iteration quietly on an abort, and some servers close without a finish reason.
    if (signal.aborted || timedOut || finishReason === null) {
      throw fail(new Error('The stream ended before the reply was complete.'));
    }
    return { text, usage, truncated: finishReason === 'length' };
  }

  async function regenerate(messages: ChatCompletionMessageParam[], signal: AbortSignal): Promise<Attempt> {
    const completion = await client.chat.completions.create(
      { model, messages, max_tokens: maxTokens, temperature },
      { signal },
    );
    const choice = completion.choices[0];
    return {
      text: choice?.message.content ?? '',
      usage: completion.usage ? toUsage(completion.usage) : null,
      truncated: choice?.finish_reason === 'length',
    };
  }

  return {
    kind: 'llm',
    async respond(input: RolePlayInput, opts: RespondOptions): Promise<PersonaReply> {
      const language = input.scenario.language;
      const closing = isLastTurn(input);
      const heard = hearTurn(input);
      const messages = buildMessages(input, heard);
      // What the model answers is free text: the state records what it was asked to answer.
      const { reading, state } = heard;
      const dialogue = answered(state, { addressed: reading.acts[0]?.kind ?? 'mood', lines: [], closing });
      const first = await stream(messages, opts);
      const firstText = finish(first);
      if (checkCharacter(firstText, language).ok) {
        return {
          text: firstText,
          usage: first.usage,
          source: 'llm',
          closing,
          replaced: firstText !== first.text,
          dialogue,
        };
      }

      let usage = first.usage;
      try {
        const second = await regenerate([...messages, buildRetryNote(input.scenario)], opts.signal);
        usage = addUsage(usage, second.usage);
        const secondText = finish(second);
        if (checkCharacter(secondText, language).ok) {
          return { text: secondText, usage, source: 'llm', closing, replaced: true, dialogue };
        }
      } catch (error) {
        if (opts.signal.aborted) throw new RolePlayError('aborted', 'The client left.', first.text, usage);
        // The first reply streamed fine; a failed retry is no reason to fail the turn: the script answers.
        void error;
      }
      const scripted = await fallback.respond(input, { signal: opts.signal, onDelta: () => {} });
      return { ...scripted, usage, source: 'script', replaced: true };
    },
  };
}

/** A reply cut off by max_tokens ends at its last full sentence, when it has one. */
function finish(attempt: Attempt): string {
  const text = attempt.text.trim();
  if (!attempt.truncated) return text;
  const end = Math.max(...['.', '!', '?', '…'].map((mark) => text.lastIndexOf(mark)));
  return end > 0 ? text.slice(0, end + 1) : text;
}

function toRolePlayError(error: unknown, opened: boolean, partialText: string): RolePlayError {
  if (error instanceof APIUserAbortError)
    return new RolePlayError('aborted', 'The request was aborted.', partialText);
  if (error instanceof APIConnectionTimeoutError) {
    return new RolePlayError('upstream_timeout', 'The model did not answer in time.', partialText, null, {
      cause: error,
    });
  }
  if (error instanceof APIError && error.status === 429) {
    return new RolePlayError('upstream_rate_limited', 'The model is rate limited.', partialText, null, {
      cause: error,
    });
  }
  if (opened && !(error instanceof APIError && error.status !== undefined)) {
    return new RolePlayError('upstream_interrupted', 'The model stream broke off.', partialText, null, {
      cause: error,
    });
  }
  const status = error instanceof APIError && error.status ? ` (${error.status})` : '';
  return new RolePlayError('upstream_error', `The model request failed${status}.`, partialText, null, {
    cause: error,
  });
}

function toUsage(usage: { prompt_tokens: number; completion_tokens: number }): Usage {
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}

function addUsage(a: Usage | null, b: Usage | null): Usage | null {
  if (!a || !b) return a ?? b;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
}
