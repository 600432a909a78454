import { afterEach, describe, expect, it } from 'vitest';
import { startFakeLrs } from '../../test/fake-lrs.ts';
import { createLogger } from '../logger.ts';
import { createXapiForwarder } from './forward.ts';
import { buildStatements } from './statements.ts';

const statements = buildStatements({
  baseUrl: 'http://127.0.0.1:3000',
  tenantId: 'local',
  session: {
    id: '3f1c5a3e-8d8b-4a39-9a55-1f5f3c2b7e10',
    scenarioId: 's',
    language: 'en',
    mode: 'practice',
    status: 'active',
    createdAt: new Date('2026-03-01T09:00:00Z'),
    endedAt: null,
  },
  learnerId: null,
  actor: null,
  scenario: { title: 'S', summary: null },
  turns: [],
  report: null,
});

describe('forwarding to an LRS', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('POSTs the statements to <endpoint>/statements with the xAPI version header and the configured auth', async () => {
    const lrs = await startFakeLrs();
    closers.push(lrs.close);
    const lines: string[] = [];
    const forward = createXapiForwarder({ logger: createLogger('info', (line) => lines.push(line)) });
    expect(
      await forward({ endpoint: lrs.endpoint, authorization: 'Basic bHJzOnNlY3JldA==' }, statements),
    ).toBe(true);
    const [request] = lrs.received;
    expect(request).toMatchObject({ method: 'POST', url: '/xapi/statements', body: statements });
    expect(request!.headers['x-experience-api-version']).toBe('1.0.3');
    expect(request!.headers.authorization).toBe('Basic bHJzOnNlY3JldA==');
    expect(lines.join('\n')).not.toContain('bHJzOnNlY3JldA==');
  });

  it.each([
    [500, false],
    [409, true],
  ])('takes an LRS answer of %i as sent=%s, without throwing', async (status, sent) => {
    const lrs = await startFakeLrs(status);
    closers.push(lrs.close);
    const lines: string[] = [];
    const forward = createXapiForwarder({ logger: createLogger('info', (line) => lines.push(line)) });
    const target = { endpoint: lrs.endpoint.replace(/\/$/, ''), authorization: undefined };
    expect(await forward(target, statements)).toBe(sent);
    expect(lrs.received[0]!.url).toBe('/xapi/statements');
    if (!sent) expect(lines.join('\n')).toMatch(/"status":500/);
  });

  it('logs and carries on when the LRS cannot be reached', async () => {
    const lrs = await startFakeLrs();
    await lrs.close();
    const lines: string[] = [];
    const forward = createXapiForwarder({ logger: createLogger('info', (line) => lines.push(line)) });
    expect(await forward({ endpoint: lrs.endpoint, authorization: undefined }, statements)).toBe(false);
    expect(lines.join('\n')).toMatch(/could not reach the LRS/);
  });
});
