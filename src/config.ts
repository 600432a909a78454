import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

// The only reader of process.env. Names are a contract other tools use; defaults match .env.example.

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_URL: optionalText.pipe(
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
    ),
    /**
     * Named prepared statements on DATABASE_URL (the default): off behind a connection pooler in transaction
     * mode, where the next statement may run on a connection that never prepared it.
     */
    DATABASE_PREPARED_STATEMENTS: z
      .enum(['true', 'false', ''])
      .default('true')
      .transform((value) => value !== 'false'),
    SCENARIOS_DIR: z.string().trim().min(1).default('./scenarios'),
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText.pipe(z.url({ error: 'must be a URL' }).optional()),
    ROLEPLAY_MODEL: optionalText,
    JUDGE_MODEL: optionalText,
    LLM_TIMEOUT_MS: positiveInt(60_000),
    LLM_IDLE_TIMEOUT_MS: positiveInt(20_000),
    LLM_MAX_TOKENS: positiveInt(400),
    AUTH: z.enum(['none', 'api-key']).optional(),
    ADMIN_TOKEN: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    CORS_ORIGINS: optionalText.transform((value) =>
      value
        ? value
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean)
        : [],
    ),
    RATE_LIMIT_PER_MIN: positiveInt(120),
    /** How many proxies stand in front: the client address is then taken from their `X-Forwarded-For`. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    DAILY_TOKEN_BUDGET: z.coerce.number().int().positive().optional(),
    MAX_TURNS_PER_SESSION: positiveInt(40),
    RETENTION_DAYS: z.coerce.number().int().positive().optional(),
    XAPI_ENDPOINT: optionalText.pipe(z.url({ error: 'must be a URL' }).optional()),
    XAPI_AUTH: optionalText,
    /** The address people and systems reach this server at; every xAPI IRI is built on it, never on a request. */
    PUBLIC_URL: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    ),
    /** Encrypts what the server must send on and so cannot hash: consumers' LRS credentials, webhook secrets. */
    ENCRYPTION_KEY: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    /** Lets webhooks and consumers' LRS endpoints be http://127.0.0.1 or localhost: development and tests only. */
    ALLOW_LOOPBACK_TARGETS: z
      .enum(['true', 'false', ''])
      .default('false')
      .transform((value) => value === 'true'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.XAPI_ENDPOINT && !env.PUBLIC_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'is required with XAPI_ENDPOINT: every xAPI IRI is built on it',
      });
    }
  })
  .transform((env) => ({
    ...env,
    /** An LLM is used only when a model is named; a base URL alone (e.g. a local server) needs no key. */
    llmConfigured: Boolean(env.ROLEPLAY_MODEL || env.JUDGE_MODEL),
  }));

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/** Parses an environment; throws ConfigError naming each wrong variable and why. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}

/** The process environment, with a `.env` file in the working directory filling in what is not set. */
export function loadConfig(): Config {
  const fromFile = existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8')) : {};
  return parseConfig({ ...fromFile, ...process.env });
}

/** Whether this runs in continuous integration: CI set to `true` or `1`, as CI services set it. */
export function runsInCi(env: Record<string, string | undefined> = process.env): boolean {
  return ['1', 'true'].includes((env.CI ?? '').trim().toLowerCase());
}
