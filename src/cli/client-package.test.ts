import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { packClient } from './client-package.ts';

// The client as another project gets it: packed, installed from the tarball alone (no registry), compiled by
// that project's own strict TypeScript, and run against a started server.

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const REPLY =
  'I hear you, and I understand this is frustrating. What would help you most? Shall we meet tomorrow at ten?';

const CONSUMER = `
import { createRehearseClient, RehearseApiError, verifyWebhookSignature, type TurnEvent } from '@rehearse/client';

const rehearse = createRehearseClient(process.argv[2]!);
const { scenarios, nextCursor } = await rehearse.listScenarios({ language: 'en', limit: 2 });
const session = await rehearse.createSession({ scenarioId: scenarios[0]!.id, learnerId: 'lms-user-42' });
const types: TurnEvent['type'][] = [];
for await (const event of rehearse.streamTurn(session.id, ${JSON.stringify(REPLY)})) {
  types.push(event.type);
  if (event.type === 'persona') console.error(event.data.content.length);
}
const report = await rehearse.endSession(session.id);
const progress = await rehearse.getLearnerProgress('lms-user-42');
let refused = '';
try {
  await rehearse.getSession('00000000-0000-4000-8000-000000000000');
} catch (error) {
  if (error instanceof RehearseApiError) refused = error.code;
}
const valid = await verifyWebhookSignature(
  'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0',
  { 'webhook-id': 'x', 'webhook-timestamp': '1', 'webhook-signature': 'v1,nope' },
  '{}',
);
const result: { learnerTurnCount: number; principles: string[] } = {
  learnerTurnCount: report.learnerTurnCount,
  principles: progress.reports[0]!.principles.map((p) => p.id),
};
console.log(JSON.stringify({ paged: nextCursor !== null, types, ...result, refused, valid }));
`;

describe('the client package', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-client-'));
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('packs with no dependencies, installs offline, compiles in another project and runs against a server', async () => {
    const tarball = await packClient(join(dir, 'build'));
    const manifest = JSON.parse(readFileSync(join(dir, 'build', 'package', 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(files).toEqual(
      ['README.md', 'api-types.d.ts', 'index.d.ts', 'index.js', 'package.json', 'webhooks.d.ts'].map(
        (f) => `package/${f}`,
      ),
    );
    expect(readFileSync(join(dir, 'build', 'package', 'index.js'), 'utf8')).not.toMatch(
      /from ['"](hono|zod|drizzle|@hono)/,
    );

    const project = join(dir, 'consumer');
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: project,
      stdio: 'pipe',
    });
    writeFileSync(join(project, 'main.ts'), CONSUMER);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noUncheckedIndexedAccess: true,
          types: [],
          outDir: 'out',
        },
        files: ['main.ts', 'node.d.ts'],
      }),
    );
    // The least of Node's globals the program uses, so the project needs no type packages either.
    writeFileSync(join(project, 'node.d.ts'), 'declare const process: { argv: string[] };\n');
    execFileSync(process.execPath, [TSC, '-p', project], { stdio: 'pipe' });

    // Not execFileSync: the server answers from this very process, which must stay free to.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(project, 'out', 'main.js'), server.url],
      {
        timeout: 120_000,
      },
    );
    expect(JSON.parse(stdout)).toEqual({
      paged: true,
      types: expect.arrayContaining(['learner', 'feedback', 'mood', 'persona', 'done']),
      learnerTurnCount: 1,
      principles: expect.arrayContaining(['connection', 'clarity']),
      refused: 'not_found',
      valid: false,
    });

    // A call that breaks the contract does not compile.
    writeFileSync(
      join(project, 'main.ts'),
      `${CONSUMER}\nawait rehearse.createSession({ scenario: 'x' });\n`,
    );
    const refused = (() => {
      try {
        execFileSync(process.execPath, [TSC, '-p', project], { stdio: 'pipe', encoding: 'utf8' });
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(refused).toMatch(/main\.ts.*'scenario' does not exist/);
  }, 180_000);
});
