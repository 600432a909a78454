import type { Config } from './config.ts';
import { createLlmHintWriter, type HintWriter } from './hints/index.ts';
import { createLlmClient } from './llm/openai.ts';
import { createLlmRolePlayer, createScriptedRolePlayer, type RolePlayer } from './roleplay/index.ts';
import { createLlmJudge, type Judge } from './rubric/index.ts';

export type Models = { rolePlayer: RolePlayer; judge: Judge | null; hintWriter: HintWriter | null };

/**
 * The persona and the judge: a model for each one named in the config, the offline defaults otherwise
 * (the scripted role-player plays from the scenario file, the heuristic rubric scores).
 */
export function createModels(config: Config): Models {
  const scripted = createScriptedRolePlayer();
  if (!config.llmConfigured) return { rolePlayer: scripted, judge: null, hintWriter: null };
  const client = createLlmClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    timeoutMs: config.LLM_TIMEOUT_MS,
  });
  return {
    rolePlayer: config.ROLEPLAY_MODEL
      ? createLlmRolePlayer({
          client,
          model: config.ROLEPLAY_MODEL,
          maxTokens: config.LLM_MAX_TOKENS,
          idleTimeoutMs: config.LLM_IDLE_TIMEOUT_MS,
          fallback: scripted,
        })
      : scripted,
    judge: config.JUDGE_MODEL
      ? createLlmJudge({
          client,
          model: config.JUDGE_MODEL,
          timeoutMs: config.LLM_TIMEOUT_MS,
          maxTokens: config.LLM_MAX_TOKENS,
        })
      : null,
    // The persona's model phrases the hints too: it already speaks for the scenario, in its language.
    hintWriter: config.ROLEPLAY_MODEL
      ? createLlmHintWriter({ client, model: config.ROLEPLAY_MODEL, timeoutMs: config.LLM_TIMEOUT_MS })
      : null,
  };
}
