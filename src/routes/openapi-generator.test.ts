import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';

// The contract as a tool uses it: types generated from /openapi.json by a common generator, and a typed client
// over them (openapi-fetch) calling the server by path and operation, compiled strictly and run.

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const FETCH_CLIENT = dirname(require.resolve('openapi-fetch/package.json'));

const PROGRAM = `
import createClient from 'openapi-fetch';
import type { operations, paths } from './api.js';

const client = createClient<paths>({ baseUrl: process.argv[2]! });
const created = await client.POST('/v1/sessions', { body: { scenarioId: 'saying-no-extra-project', learnerId: 'gen-1' } });
if (!created.data) throw new Error(JSON.stringify(created.error));
const turn = await client.POST('/v1/sessions/{id}/turns', {
  params: { path: { id: created.data.id } },
  body: { content: 'I hear you. I cannot take this on; shall we see who can, tomorrow at ten?' },
});
const report: operations['endSession']['responses'][200]['content']['application/json'] | undefined = (
  await client.POST('/v1/sessions/{id}/end', { params: { path: { id: created.data.id } } })
).data;
const missing = await client.GET('/v1/sessions/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
const code: string | undefined = missing.error?.error.code;
// The turn answers JSON or, when asked, server-sent events: this call asked for JSON.
const answer = turn.data as operations['takeTurn']['responses'][200]['content']['application/json'] | undefined;
console.log(JSON.stringify({ persona: answer?.persona.role, learnerTurnCount: report?.learnerTurnCount, code }));
`;

describe('a client generated from /openapi.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-generated-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles calls by path and operation against the generated types, and they work', async () => {
    const server = await startTestServer();
    try {
      const document = await (await fetch(`${server.url}/openapi.json`)).json();
      writeFileSync(
        join(dir, 'api.ts'),
        astToString(await openapiTS(document, { defaultNonNullable: false })),
      );
      writeFileSync(join(dir, 'main.ts'), PROGRAM);
      writeFileSync(join(dir, 'node.d.ts'), 'declare const process: { argv: string[] };\n');
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            lib: ['ES2022', 'DOM'],
            strict: true,
            types: [],
            skipLibCheck: true,
            outDir: 'out',
            paths: { 'openapi-fetch': [join(FETCH_CLIENT, 'dist/index.d.mts')] },
          },
          files: ['main.ts', 'node.d.ts'],
        }),
      );
      const compile = () => {
        try {
          execFileSync(process.execPath, [TSC, '-p', dir], { stdio: 'pipe', encoding: 'utf8' });
          return '';
        } catch (error) {
          return String((error as { stdout?: string }).stdout);
        }
      };
      expect(compile()).toBe('');
      // Run it: the generated module resolves openapi-fetch from the repository's own install.
      writeFileSync(
        join(dir, 'out', 'main.js'),
        (await import('node:fs'))
          .readFileSync(join(dir, 'out', 'main.js'), 'utf8')
          .replace("from 'openapi-fetch'", `from '${join(FETCH_CLIENT, 'dist/index.mjs')}'`),
      );
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(dir, 'out', 'main.js'), server.url],
        {
          timeout: 120_000,
        },
      );
      expect(JSON.parse(stdout)).toEqual({ persona: 'persona', learnerTurnCount: 1, code: 'not_found' });

      // A call the contract does not allow does not compile.
      writeFileSync(
        join(dir, 'main.ts'),
        `${PROGRAM}\nawait client.POST('/v1/sessions', { body: { scenario: 'x' } });\n`,
      );
      expect(compile()).toMatch(/main\.ts/);
    } finally {
      await server.close();
    }
  }, 180_000);
});
