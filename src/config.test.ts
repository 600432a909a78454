import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('config', () => {
  it('has the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      SCENARIOS_DIR: './scenarios',
      LLM_TIMEOUT_MS: 60_000,
      LLM_IDLE_TIMEOUT_MS: 20_000,
      RATE_LIMIT_PER_MIN: 120,
      TRUST_PROXY: 0,
      LOG_LEVEL: 'info',
      CORS_ORIGINS: [],
      llmConfigured: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['OPENAI_BASE_URL', 'not a url'],
    ['AUTH', 'sometimes'],
    ['LOG_LEVEL', 'loud'],
    ['LLM_TIMEOUT_MS', '-5'],
    ['ADMIN_TOKEN', 'sixteen-chars-ok-but-not-32'],
    ['TRUST_PROXY', 'yes'],
  ])('rejects %s=%s, naming the variable', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    try {
      parseConfig({ [name]: value });
    } catch (error) {
      expect((error as ConfigError).problems[0]).toMatch(new RegExp(`^${name}: `));
    }
  });

  it('treats empty values as unset and splits CORS origins', () => {
    const config = parseConfig({ DATABASE_URL: '', CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('refuses XAPI_ENDPOINT without PUBLIC_URL, the base of every xAPI IRI', () => {
    expect(() => parseConfig({ XAPI_ENDPOINT: 'https://lrs.example.org/xapi/' })).toThrow(
      /PUBLIC_URL: is required with XAPI_ENDPOINT/,
    );
    expect(
      parseConfig({ XAPI_ENDPOINT: 'https://lrs.example.org/xapi/', PUBLIC_URL: 'https://coach.example.org' })
        .PUBLIC_URL,
    ).toBe('https://coach.example.org');
  });

  it.each([
    ['ENCRYPTION_KEY', 'too-short'],
    ['ALLOW_LOOPBACK_TARGETS', 'yes'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });

  it('knows an LLM is configured once a model is named', () => {
    expect(parseConfig({ ROLEPLAY_MODEL: 'some-model' }).llmConfigured).toBe(true);
  });
});
