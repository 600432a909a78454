import { createHash } from 'node:crypto';
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStudioTestApp } from '../../../test/studio.ts';
import { scoreHeuristic } from '../../rubric/heuristic.ts';
import { checkScenarios, formatFinding } from '../../scenarios/check.ts';
import { MAX_SCENARIO_BYTES } from '../../scenarios/parse.ts';
import { renderScaffold } from '../../scenarios/scaffold.ts';
import { listFolders } from '../../scenarios/watch-folder.ts';

// The studio's files, check and save over a scenario folder of the test's own, through the real app.

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
let open: Awaited<ReturnType<typeof createStudioTestApp>>[] = [];
async function setup() {
  const studio = await createStudioTestApp();
  open.push(studio);
  return studio;
}
afterEach(async () => {
  await Promise.all(open.map((studio) => studio.close()));
  open = [];
});

const NAME = 'saying-no-extra-project.yaml';

describe('GET /v1/studio/files', () => {
  it('lists every file of each language, drafts and broken files too, with their versions', async () => {
    const { call, dir } = await setup();
    const draft = renderScaffold({ id: 'a-draft', language: 'en', category: 'saying-no' });
    await writeFile(join(dir, 'en', 'a-draft.yaml'), draft);
    await writeFile(join(dir, 'nl', 'kapot.yaml'), 'id: kapot\n  nope: [');
    const res = await call('GET', '/v1/studio/files');
    expect(res.status).toBe(200);
    const { files } = await res.json();
    expect(files).toHaveLength(24);
    const byFile = new Map(files.map((f: { file: string }) => [f.file, f]));
    expect(byFile.get('en/a-draft.yaml')).toEqual({
      file: 'en/a-draft.yaml',
      id: 'a-draft',
      language: 'en',
      status: 'draft',
      title: 'TODO short title the learner sees',
      version: sha(draft),
    });
    expect(byFile.get('nl/kapot.yaml')).toMatchObject({ id: 'kapot', status: null, title: null });
    const shipped = await readFile(join(dir, 'en', NAME), 'utf8');
    expect(byFile.get(`en/${NAME}`)).toMatchObject({ status: 'published', version: sha(shipped) });
  });
});

describe('GET /v1/studio/files/{language}/{name}', () => {
  it('answers the text and its version, and 404 for a file that is not there', async () => {
    const { call, dir } = await setup();
    const res = await call('GET', `/v1/studio/files/en/${NAME}`);
    expect(res.status).toBe(200);
    const text = await readFile(join(dir, 'en', NAME), 'utf8');
    expect(await res.json()).toEqual({ file: `en/${NAME}`, text, version: sha(text) });
    const missing = await call('GET', '/v1/studio/files/nl/no-such-file.yaml');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it.each([
    ['/v1/studio/files/xx/foo.yaml', 'language'],
    ['/v1/studio/files/en/Foo.yaml', 'name'],
    ['/v1/studio/files/en/foo.yml', 'name'],
    ['/v1/studio/files/en/.hidden.yaml', 'name'],
    ['/v1/studio/files/en/..%2F..%2Fpackage.json', 'name'],
    ['/v1/studio/files/en/..%2Fnl%2Ffoo.yaml', 'name'],
    ['/v1/studio/files/en/%2Fetc%2Fpasswd', 'name'],
    ['/v1/studio/files/en/foo%00.yaml', 'name'],
    ['/v1/studio/files/en/..%5C..%5Cpackage.json', 'name'],
  ])('refuses %s with 400 naming %s', async (path, field) => {
    const { call } = await setup();
    for (const method of ['GET', 'PUT']) {
      const res = await call(
        method,
        path,
        method === 'PUT' ? { text: 'id: x', baseVersion: null } : undefined,
      );
      expect(res.status, `${method} ${path}`).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(field);
    }
  });

  it('never reaches outside the folder: dot segments and symlinks', async () => {
    const { call, dir } = await setup();
    for (const path of ['/v1/studio/files/en/../../../package.json', '/v1/studio/files/../../etc/passwd']) {
      const res = await call('GET', path);
      expect([400, 404], path).toContain(res.status);
      expect(await res.text()).not.toContain('"dependencies"');
    }
    const outside = join(dir, '..', `outside-${crypto.randomUUID()}.yaml`);
    await writeFile(outside, 'secret: outside the folder\n');
    try {
      await symlink(outside, join(dir, 'en', 'leak.yaml'));
      const res = await call('GET', '/v1/studio/files/en/leak.yaml');
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('outside the folder');
      const { files } = await (await call('GET', '/v1/studio/files')).json();
      expect(files.map((f: { file: string }) => f.file)).not.toContain('en/leak.yaml');
      const saved = await call('PUT', '/v1/studio/files/en/leak.yaml', { text: 'x: 1', baseVersion: null });
      expect(saved.status).toBe(422);
      expect(await readFile(outside, 'utf8')).toBe('secret: outside the folder\n');
    } finally {
      await rm(outside, { force: true });
    }
  });
});

describe('POST /v1/studio/check', () => {
  it('checks a file as scenarios:check --strict does, and scores its golden examples', async () => {
    const { call, dir } = await setup();
    const text = await readFile(join(dir, 'en', NAME), 'utf8');
    const res = await call('POST', '/v1/studio/check', { text, file: `en/${NAME}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.valid).toBe(true);
    expect(body.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    expect(body.examples.length).toBeGreaterThanOrEqual(3);
    expect(body.examples[0]).toEqual({
      index: 0,
      line: expect.any(Number),
      expected: 'good',
      got: 'good',
      score: expect.any(Number),
      inBand: true,
      principles: expect.objectContaining({ courage: expect.any(Number) }),
      expectedPrinciples: { connection: 3, courage: 4, clarity: 4 },
      principlesOff: [],
      moves: expect.arrayContaining(['clear-no']),
      actsMet: ['Say no to 1 June'],
      actsMissed: [],
      mustNotDone: [],
    });
  });

  it.each([
    ['en', NAME],
    ['nl', 'nee-zeggen-extra-project.yaml'],
  ])(
    'gives expected against got per principle in %s, off where the strict check fails it',
    async (language, name) => {
      const { call, dir } = await setup();
      const file = `${language}/${name}`;
      const shipped = await readFile(join(dir, file), 'utf8');
      const ok = (await (await call('POST', '/v1/studio/check', { text: shipped, file })).json()).examples[0];
      expect(ok.expectedPrinciples).toEqual({ connection: 3, courage: 4, clarity: 4 });
      for (const [id, expected] of Object.entries(ok.expectedPrinciples)) {
        expect(Math.abs(ok.principles[id] - (expected as number))).toBeLessThanOrEqual(1);
      }
      // Courage expected 1 where the reply scores about 4: off, and the same principle the strict check fails.
      const text = shipped.replace(
        'scores: { connection: 3, courage: 4, clarity: 4 }',
        'scores: { connection: 3, courage: 1, clarity: 4 }',
      );
      expect(text).not.toBe(shipped);
      const body = await (await call('POST', '/v1/studio/check', { text, file })).json();
      const first = body.examples[0];
      expect(first.expectedPrinciples).toEqual({ connection: 3, courage: 1, clarity: 4 });
      expect(first.principles.courage).toBeGreaterThan(2);
      expect(first.principlesOff).toEqual(['courage']);
      expect(
        body.problems
          .filter((p: { path: string }) => p.path.startsWith('examples[0].scores'))
          .map((p: { path: string }) => p.path),
      ).toEqual(['examples[0].scores.courage']);
      // Off by exactly the band still passes: courage expected 3.
      const edge = shipped.replace('courage: 4, clarity', `courage: ${ok.principles.courage - 1}, clarity`);
      const within = (await (await call('POST', '/v1/studio/check', { text: edge, file })).json())
        .examples[0];
      expect(within.principlesOff).toEqual([]);
    },
  );

  it('gives the same problems, lines and columns as the command, golden examples out of band as errors', async () => {
    const { call, dir } = await setup();
    const shipped = await readFile(join(dir, 'en', NAME), 'utf8');
    // A poor reply rated good, a field the schema does not know, a link that does not lead back.
    const text = shipped
      .replace(/- reply: >-\n(\s+)I can hear/, '- reply: >-\n$1Just do it yourself, Mark. I can hear')
      .replace('translations: { nl: nee-zeggen-extra-project }', 'translations: { nl: oneens-lanceerdatum }');
    const body = await (await call('POST', '/v1/studio/check', { text, file: `en/${NAME}` })).json();
    expect(body.valid).toBe(false);

    await writeFile(join(dir, 'en', NAME), text);
    const report = await checkScenarios([join('en', NAME)], {
      cwd: dir,
      library: '.',
      score: scoreHeuristic,
      strict: true,
    });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(body.problems).toEqual(
      report.findings.map((f) => ({
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        path: f.path,
      })),
    );
    expect(report.findings.map(formatFinding).join('\n')).toContain('oneens-lanceerdatum');
  });

  it('answers invalid YAML with its line and column, and the id that is not the file name', async () => {
    const { call } = await setup();
    const broken = await (
      await call('POST', '/v1/studio/check', { text: 'id: x\ntitle: [unclosed\n', file: 'en/x.yaml' })
    ).json();
    expect(broken.valid).toBe(false);
    expect(broken.examples).toEqual([]);
    expect(broken.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });

    const draft = renderScaffold({ id: 'some-id', language: 'en', category: 'saying-no' });
    const named = await (
      await call('POST', '/v1/studio/check', { text: draft, file: 'en/other.yaml' })
    ).json();
    expect(named.valid).toBe(false);
    expect(named.problems).toContainEqual(
      expect.objectContaining({
        path: 'id',
        message: "`id` must equal the file name 'other' — found 'some-id'",
      }),
    );
    // A fresh scaffold is a valid draft: its TODOs are one warning.
    const fresh = await (await call('POST', '/v1/studio/check', { text: draft })).json();
    expect(fresh.valid).toBe(true);
    expect(fresh.problems.every((p: { severity: string }) => p.severity === 'warning')).toBe(true);
  });

  it.each([
    ['an empty text', { text: '' }, 400, 'invalid_request'],
    ['a text of blanks', { text: '   \n' }, 400, 'invalid_request'],
    ['a text over the size limit', { text: 'a'.repeat(MAX_SCENARIO_BYTES + 1) }, 413, 'payload_too_large'],
    ['a file outside a language folder', { text: 'id: x', file: '../en/x.yaml' }, 400, 'invalid_request'],
    ['an unknown language', { text: 'id: x', file: 'de/x.yaml' }, 400, 'invalid_request'],
    ['an unknown field', { text: 'id: x', extra: 1 }, 400, 'invalid_request'],
    ['no text', {}, 400, 'invalid_request'],
  ])('refuses %s', async (_what, input, status, code) => {
    const { call } = await setup();
    const res = await call('POST', '/v1/studio/check', input);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });
});

describe('PUT /v1/studio/files/{language}/{name}', () => {
  const filesIn = async (folder: string) => readdir(folder).catch(() => [] as string[]);

  it('creates a file; a published one is served at once, a draft is not', async () => {
    const { call, dir, variant } = await setup();
    const text = await variant('saying-no-again');
    const res = await call('PUT', '/v1/studio/files/en/saying-no-again.yaml', { text, baseVersion: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ file: 'en/saying-no-again.yaml', version: sha(text) });
    expect(await readFile(join(dir, 'en', 'saying-no-again.yaml'), 'utf8')).toBe(text);
    const listed = await (await call('GET', '/v1/scenarios?language=en&limit=100')).json();
    expect(listed.scenarios.map((s: { id: string }) => s.id)).toContain('saying-no-again');
    expect((await call('GET', '/v1/scenarios/saying-no-again')).status).toBe(200);

    const draft = await variant('saying-no-draft', { status: 'draft' });
    const saved = await call('PUT', '/v1/studio/files/en/saying-no-draft.yaml', {
      text: draft,
      baseVersion: null,
    });
    expect(saved.status).toBe(200);
    expect((await call('GET', '/v1/scenarios/saying-no-draft')).status).toBe(404);
    const { files } = await (await call('GET', '/v1/studio/files')).json();
    expect(files).toContainEqual(
      expect.objectContaining({ file: 'en/saying-no-draft.yaml', status: 'draft' }),
    );
  });

  it('replaces the version it was opened at, keeps the previous one, and leaves no temporary file', async () => {
    const { call, dir, deps } = await setup();
    const opened = await (await call('GET', `/v1/studio/files/en/${NAME}`)).json();
    const text = opened.text.replace(/^title: .*$/m, 'title: Saying no, once more');
    const res = await call('PUT', `/v1/studio/files/en/${NAME}`, { text, baseVersion: opened.version });
    expect(res.status).toBe(200);
    expect((await res.json()).version).toBe(sha(text));
    expect(await readFile(join(dir, 'en', NAME), 'utf8')).toBe(text);
    expect(deps.scenarios.get('saying-no-extra-project')?.title).toBe('Saying no, once more');

    const kept = await filesIn(join(dir, '.versions', 'en'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^saying-no-extra-project\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.yaml$/);
    expect(await readFile(join(dir, '.versions', 'en', kept[0]!), 'utf8')).toBe(opened.text);
    expect((await filesIn(join(dir, 'en'))).filter((name) => name.startsWith('.'))).toEqual([]);

    // The kept version is never part of the library: not served, not checked, no clash of ids.
    await deps.scenarios.reload();
    expect(deps.scenarios.problems().filter((p) => p.file?.includes('.versions'))).toEqual([]);
    expect(deps.scenarios.problems().filter((p) => p.severity === 'error')).toEqual([]);
    expect(await listFolders(dir)).toEqual(['', 'en', 'nl']);
    const whole = await checkScenarios(['.'], { cwd: dir, library: '.' });
    expect(whole.files).toBe(22);
    expect(whole.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('saves a file that passes scenarios:check --strict unchanged', async () => {
    const { call, dir, variant } = await setup();
    const text = await variant('strictly-fine');
    expect(
      (await call('PUT', '/v1/studio/files/en/strictly-fine.yaml', { text, baseVersion: null })).status,
    ).toBe(200);
    const report = await checkScenarios([join('en', 'strictly-fine.yaml')], {
      cwd: dir,
      library: '.',
      score: scoreHeuristic,
      strict: true,
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.published).toBe(1);
  });

  it('refuses to create a file that exists, or to overwrite one changed or deleted since it was opened', async () => {
    const { call, dir } = await setup();
    const opened = await (await call('GET', `/v1/studio/files/en/${NAME}`)).json();
    const exists = await call('PUT', `/v1/studio/files/en/${NAME}`, { text: opened.text, baseVersion: null });
    expect(exists.status).toBe(409);
    expect((await exists.json()).error.code).toBe('file_exists');

    const theirs = opened.text.replace(/^title: .*$/m, 'title: Changed on disk');
    await writeFile(join(dir, 'en', NAME), theirs);
    const mine = opened.text.replace(/^title: .*$/m, 'title: Changed in the studio');
    const changed = await call('PUT', `/v1/studio/files/en/${NAME}`, {
      text: mine,
      baseVersion: opened.version,
    });
    expect(changed.status).toBe(409);
    expect((await changed.json()).error).toMatchObject({
      code: 'file_changed',
      details: { theirs: { text: theirs, version: sha(theirs) }, yours: { text: mine } },
    });
    expect(await readFile(join(dir, 'en', NAME), 'utf8')).toBe(theirs);

    await rm(join(dir, 'en', NAME));
    const deleted = await call('PUT', `/v1/studio/files/en/${NAME}`, {
      text: mine,
      baseVersion: sha(theirs),
    });
    expect(deleted.status).toBe(409);
    expect((await deleted.json()).error.details).toEqual({ theirs: null, yours: { text: mine } });
    const other = await readFile(join(dir, 'nl', 'oneens-lanceerdatum.yaml'), 'utf8');
    const wrong = await call('PUT', '/v1/studio/files/nl/oneens-lanceerdatum.yaml', {
      text: other,
      baseVersion: 'not-a-version',
    });
    expect(wrong.status).toBe(409);
  });

  it('writes nothing when the strict check finds an error', async () => {
    const { call, dir, variant } = await setup();
    const opened = await (await call('GET', `/v1/studio/files/en/${NAME}`)).json();
    for (const [name, text, baseVersion] of [
      [NAME, opened.text.replace('difficulty: medium', 'difficulty: extreme'), opened.version],
      ['other-name.yaml', await variant('not-other-name'), null],
      ['broken.yaml', 'id: broken\ntitle: [', null],
    ] as const) {
      const res = await call('PUT', `/v1/studio/files/en/${name}`, { text, baseVersion });
      expect(res.status, name).toBe(422);
      const body = await res.json();
      expect(body.error.code).toBe('scenario_invalid');
      expect(body.error.details.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
    }
    expect(await readFile(join(dir, 'en', NAME), 'utf8')).toBe(opened.text);
    expect(await filesIn(join(dir, '.versions'))).toEqual([]);
    expect((await filesIn(join(dir, 'en'))).sort()).not.toContain('broken.yaml');
    const empty = await call('PUT', '/v1/studio/files/en/empty.yaml', { text: '', baseVersion: null });
    expect(empty.status).toBe(400);
    const big = await call('PUT', '/v1/studio/files/en/big.yaml', {
      text: 'x'.repeat(MAX_SCENARIO_BYTES + 1),
      baseVersion: null,
    });
    expect(big.status).toBe(413);
  });

  it('lets exactly one of two saves over the same version through', async () => {
    const { call, dir } = await setup();
    const opened = await (await call('GET', `/v1/studio/files/en/${NAME}`)).json();
    const texts = ['A', 'B'].map((x) => opened.text.replace(/^title: .*$/m, `title: Version ${x}`));
    const answers = await Promise.all(
      texts.map((text) => call('PUT', `/v1/studio/files/en/${NAME}`, { text, baseVersion: opened.version })),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    const winner = texts[answers.findIndex((res) => res.status === 200)];
    expect(await readFile(join(dir, 'en', NAME), 'utf8')).toBe(winner);
    expect(await filesIn(join(dir, '.versions', 'en'))).toHaveLength(1);

    const created = await Promise.all(
      [1, 2].map(() =>
        call('PUT', '/v1/studio/files/en/fresh.yaml', {
          text: renderScaffold({ id: 'fresh', language: 'en', category: 'saying-no' }),
          baseVersion: null,
        }),
      ),
    );
    expect(created.map((res) => res.status).sort()).toEqual([200, 409]);
  });
});
