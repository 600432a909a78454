import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyStore } from '../../src/auth/key-store.ts';
import { scoreHeuristic } from '../../src/rubric/heuristic.ts';
import { checkScenarios } from '../../src/scenarios/check.ts';
import { storeJudgedReplies } from '../judged-replies.ts';
import { launchChromium, screenshotSet, seriousA11yViolations, tabTo } from './browser.ts';
import { cursorAfter, openFile, poll, showsLine, startStudio, studioPages } from './studio-page.ts';

// The scenario studio in Chromium against the real app, over a copy of the library in a folder of its own
// (saves write there): open, type, see the check's problems and the golden examples scored, save (refused with
// problems, then passing the strict check), resolve a conflict; nl and en at 1280 px, the plain message at
// phone width, and a key without the author scope. Completion, templates and Play it: studio-play.e2e.test.ts.

const FILE = 'en/studio-walk.yaml';

describe('scenario studio in Chromium', { timeout: 180_000 }, () => {
  let app: Awaited<ReturnType<typeof startStudio>>;
  let browser: Browser;
  let pages: ReturnType<typeof studioPages>;

  beforeAll(async () => {
    app = await startStudio();
    await writeFile(join(app.studio.dir, FILE), await app.studio.variant('studio-walk', { status: 'draft' }));
    browser = await launchChromium();
    pages = studioPages(browser, app.url);
  }, 180_000);

  afterAll(async () => {
    await pages?.close();
    await browser?.close();
    await app?.close();
  });

  it("opens a file and underlines what is wrong, with the check's line:column in the problems", async () => {
    const page = await pages.open('en');
    const shot = screenshotSet('studio-en-edit');
    const option = page.locator(`#file-select option[value="${FILE}"]`);
    await poll(() => option.textContent()).toMatch(/· draft$/);
    await openFile(page, FILE);
    await poll(() => page.locator('.problems h2').textContent()).toMatch(/^Problems \(\d+\)$/);

    // An enum value no scenario may have.
    await cursorAfter(page, 'difficulty: medium');
    await page.keyboard.type('x');
    const problem = page.locator('.problem-text', { hasText: 'difficulty' });
    await poll(() => problem.count()).toBeGreaterThan(0);
    const lineNumber = await page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent();
    expect(await problem.first().textContent()).toMatch(new RegExp(`^${lineNumber}:\\d+: `));
    await poll(() => page.locator('.cm-lintRange-error').allTextContents()).toContain('mediumx');
    await shot(page, 'problem');

    // The problem's button takes the cursor to its line.
    await page.locator('.problem-jump', { hasText: 'difficulty' }).first().click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe('difficulty: mediumx');

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(pages.errors).toEqual([]);
  });

  it('marks a golden example out of its band as it is typed at the end of the file', async () => {
    const page = await pages.open('en');
    await openFile(page, FILE);
    const last = page.locator('.example').last();
    await poll(() => last.getAttribute('data-in-band')).toBe('true');
    // The last example is a poor reply rated poor; rated good, it is out of its band.
    await cursorAfter(page, 'rating: poor', 'end');
    for (let i = 0; i < 'poor'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('good');
    await poll(() => last.getAttribute('data-in-band')).toBe('false');
    expect(await last.locator('.band').textContent()).toBe('✗ Out of band');
    expect(await last.locator('dd').first().textContent()).toBe('good');
    expect(await page.locator('.examples-summary').textContent()).toMatch(/^\d+ of \d+ in their band$/);
    await screenshotSet('studio-en-examples')(page, 'out-of-band');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it.each([
    ['en', /^The text cannot be read as it stands\./, undefined],
    [
      'nl',
      /^Zoals de tekst er nu staat, is hij niet te lezen\./,
      { file: 'Scenariobestand', open: 'Openen' },
    ],
  ] as const)(
    'keeps the last scores, marked, while a typo makes the YAML unreadable (%s)',
    async (language, note, labels) => {
      const page = await pages.open(language);
      await openFile(page, FILE, labels);
      const examples = page.locator('.example');
      await poll(() => examples.count()).toBeGreaterThan(2);
      const count = await examples.count();
      const stale = page.locator('.examples-stale');
      expect(await stale.count()).toBe(0);
      // An unclosed quote: no YAML parser can read the file now.
      await cursorAfter(page, 'difficulty: medium');
      await page.keyboard.type(' "');
      await poll(() => stale.count()).toBe(1);
      expect(await stale.textContent()).toMatch(note);
      expect(await examples.count()).toBe(count);
      // Readable again: scored afresh, the note gone.
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await poll(() => stale.count()).toBe(0);
      expect(await examples.count()).toBe(count);
      expect(pages.errors).toEqual([]);
    },
  );

  it.each([
    ['en', { expected: 'expected', off: 'too far off', moves: 'Moves found', labels: undefined }],
    [
      'nl',
      {
        expected: 'verwacht',
        off: 'te ver ernaast',
        moves: 'Gevonden gesprekszetten',
        labels: { file: 'Scenariobestand', open: 'Openen' },
      },
    ],
  ] as const)(
    'shows expected against got per principle and the moves by name (%s)',
    async (language, words) => {
      const page = await pages.open(language);
      await openFile(page, FILE, words.labels);
      const first = page.locator('.example').first();
      const courage = first.locator('[data-principle="courage"]');
      // The first example declares scores: { connection: 3, courage: 4, clarity: 4 }.
      await poll(() => courage.textContent()).toMatch(new RegExp(` [34] \\(${words.expected} 4\\)$`));
      expect(await first.locator('[data-principle="clarity"]').textContent()).toMatch(
        new RegExp(`\\(${words.expected} 4\\)$`),
      );
      expect(await first.locator('[data-off]').count()).toBe(0);
      // The moves as the chat names them in the page's language, not their ids.
      const text = await readFile(join(app.studio.dir, FILE), 'utf8');
      const check = (await (
        await fetch(`${app.url}/v1/studio/check`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, file: FILE }),
        })
      ).json()) as { examples: { moves: string[] }[] };
      const method = (await (await fetch(`${app.url}/v1/principles`)).json()) as {
        moves: { id: string; name: Record<string, string> }[];
      };
      const ids = [...new Set(check.examples[0]?.moves ?? [])];
      expect(ids).toContain('clear-no');
      const names = ids.map((id) => method.moves.find((move) => move.id === id)?.name[language]);
      expect(names).not.toContain(undefined);
      expect(await first.locator('dt').nth(3).textContent()).toBe(words.moves);
      expect(await first.locator('dd').nth(3).textContent()).toBe(names.join(', '));

      // Courage expected 1: more than one point off, marked in words and with a sign.
      // Its line button brings the example into view (the editor draws only the lines near what is shown).
      await first.locator('.example-head button').click();
      const scores = page.locator('.cm-line', { hasText: 'courage: 4, clarity: 4' });
      await poll(() => scores.count()).toBe(1);
      await scores.click();
      await page.keyboard.press('End');
      for (let i = 0; i < 'courage: 4, clarity: 4 }'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('courage: 1, clarity: 4 }');
      await poll(() => courage.getAttribute('data-off')).toBe('true');
      expect(await courage.textContent()).toMatch(
        new RegExp(`^✗ .+ [34], ${words.expected} 1: ${words.off}$`),
      );
      expect(await first.locator('[data-off]').count()).toBe(1);
      expect(await seriousA11yViolations(page)).toEqual([]);
    },
  );

  it('saves a file that passes the strict check, and the library serves it once published', async () => {
    const page = await pages.open('en');
    await openFile(page, FILE);
    await cursorAfter(page, 'status: draft');
    for (let i = 0; i < 'draft'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('published');
    // A file with an error is refused (422), its problems listed.
    await cursorAfter(page, 'language: en');
    await page.keyboard.type('x');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => page.locator('.file-status').textContent()).toMatch(
      /^Not saved: the file has problems \(\d+\)/,
    );
    expect(await page.locator('.problem-text', { hasText: 'language' }).count()).toBeGreaterThan(0);
    await cursorAfter(page, 'language: enx');
    await page.keyboard.press('Backspace');
    // The refusal spoke of the text as it was: fixed, it is gone.
    await poll(() => page.locator('.file-status', { hasText: 'Not saved' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => page.locator('.file-status').textContent()).toBe(`Saved ${FILE}.`);

    const onDisk = await readFile(join(app.studio.dir, FILE), 'utf8');
    expect(onDisk).toContain('status: published');
    expect(onDisk).not.toContain('status: draft');
    const report = await checkScenarios([join(app.studio.dir, FILE)], {
      cwd: app.studio.dir,
      library: app.studio.dir,
      score: scoreHeuristic,
      strict: true,
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    await poll(async () =>
      (
        (await (await fetch(`${app.url}/v1/scenarios?language=en&limit=100`)).json()) as {
          scenarios: { id: string }[];
        }
      ).scenarios.map((scenario) => scenario.id),
    ).toContain('studio-walk');
  });

  it('shows both versions when the file changed on disk, and lets the author keep theirs or take the disk one', async () => {
    const page = await pages.open('en');
    await openFile(page, FILE);
    const disk = (await readFile(join(app.studio.dir, FILE), 'utf8')).replace(
      /^title: .*$/m,
      'title: Changed on disk',
    );
    await writeFile(join(app.studio.dir, FILE), disk);

    await cursorAfter(page, 'title: ');
    await page.keyboard.type(' (mine)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.locator('.conflict');
    await poll(() => conflict.isVisible()).toBe(true);
    expect(await conflict.locator('h2').textContent()).toBe('The file changed on disk since you opened it');
    expect(await conflict.locator('#conflict-theirs + pre .changed').allTextContents()).toEqual([
      '≠ title: Changed on disk',
    ]);
    expect(await conflict.locator('#conflict-yours + pre .changed').first().textContent()).toMatch(
      /\(mine\)$/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet('studio-en-conflict')(page, 'both-versions', { fullPage: true });

    await page.getByRole('button', { name: 'Keep mine (save over the disk version)' }).click();
    await poll(() => page.locator('.file-status').textContent()).toBe(`Saved ${FILE}.`);
    expect(await readFile(join(app.studio.dir, FILE), 'utf8')).toMatch(/^title: .*\(mine\)$/m);

    // Changed on disk again: this time the disk version wins.
    await writeFile(join(app.studio.dir, FILE), disk);
    await cursorAfter(page, 'title: ');
    await page.keyboard.type('!');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Take the disk version' }).click();
    await poll(() => showsLine(page, 'title: Changed on disk')).toBe(true);
    expect(await conflict.isVisible()).toBe(false);
    expect(await page.locator('.dirty-mark').textContent()).toBe('No unsaved changes');
  });

  it('speaks Dutch at 1280 px, keyboard first', async () => {
    const page = await pages.open('nl');
    await poll(() => page.locator('h1').textContent()).toBe('Scenariostudio');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await openFile(page, FILE, { file: 'Scenariobestand', open: 'Openen' });
    await poll(() => page.locator('.examples-summary').textContent()).toMatch(
      /^\d+ van \d+ binnen hun band$/,
    );
    expect(await page.locator('#play-heading').textContent()).toBe('Probeer het uit');
    await tabTo(page, page.getByRole('button', { name: 'Bewaren' }));
    await tabTo(page, page.locator('.cm-content'));
    expect(await page.locator('.cm-content').getAttribute('aria-label')).toBe('Scenario-YAML');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet('studio-nl-desktop')(page, 'open', { fullPage: true });
  });

  it.each([
    ['en', 'The scenario studio needs a wider screen'],
    ['nl', 'De scenariostudio heeft een breder scherm nodig'],
  ] as const)('says plainly at phone width that it needs a wider screen (%s)', async (language, text) => {
    const page = await pages.open(language, 'phone');
    const notice = page.locator('.studio-narrow');
    await poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(text);
    expect(await page.locator('.cm-editor').isVisible()).toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet(`studio-${language}-phone`)(page, 'narrow');
  });

  it("shows how far to trust the open scenario's scores, nl and en: golden examples and the judge per principle", async () => {
    const guarded = await startStudio({ AUTH: 'api-key' });
    const guardedPages = studioPages(browser, guarded.url);
    try {
      // An organisation of its own (a fresh key, a fresh tenant), whose replies a judge scored.
      const author = await createKeyStore(guarded.studio.deps.db.db).create({
        name: 'author',
        scopes: ['author'],
      });
      await storeJudgedReplies(
        guarded.studio.deps.db.db,
        author.tenantId,
        'saying-no-extra-project',
        Array.from({ length: 25 }, (_, i) => ({
          connection: [i % 5, i % 5],
          'self-leadership': [2, i % 5],
          ...(i < 10 ? { courage: [2, 2 + (i % 2)] } : {}),
        })),
      );
      const seen: Record<string, string[]> = {};
      for (const [language, labels] of [
        ['en', { file: 'Scenario file', open: 'Open' }],
        ['nl', { file: 'Scenariobestand', open: 'Openen' }],
      ] as const) {
        const page = await guardedPages.open(language, 'desktop', `/studio#key=${author.key}`);
        await poll(() => page.locator('#file-select option').count()).toBeGreaterThan(10);
        await openFile(page, 'en/saying-no-extra-project.yaml', labels);
        const panel = page.locator('.agreement');
        await poll(() => panel.locator('.agreement-judge dd').count()).toBe(5);
        seen[language] = [
          (await panel.locator('h2').textContent()) ?? '',
          ...(await panel.locator('.agreement-golden dd').allTextContents()).slice(0, 2),
          ...(await panel.locator('.agreement-judge dt, .agreement-judge dd').allTextContents()).slice(0, 6),
        ];
        expect(await seriousA11yViolations(page)).toEqual([]);
        await panel.scrollIntoViewIfNeeded();
        await screenshotSet(`studio-${language}-agreement`)(page, 'agreement');
      }
      expect(seen.en).toEqual([
        'How far to trust the scores',
        expect.stringMatching(/^\d+ of \d+ in their band$/),
        expect.stringMatching(/^-?\d\.\d\d$|^not computable/),
        'Self-leadership',
        'not computable: one of the two gave every reply the same score (25 replies)',
        'Connection',
        'weighted kappa 1.00 over 25 replies',
        'Courage',
        'not available yet: 10 replies, at least 20 needed',
      ]);
      expect(seen.nl).toEqual([
        'Hoeveel je op de scores kunt bouwen',
        expect.stringMatching(/^\d+ van \d+ binnen hun band$/),
        expect.stringMatching(/^-?\d,\d\d$|^niet te berekenen/),
        'Zelfleiderschap',
        'niet te berekenen: een van beide gaf elk antwoord dezelfde score (25 antwoorden)',
        'Verbinding',
        'gewogen kappa 1,00 over 25 antwoorden',
        'Moed',
        'nog niet beschikbaar: 10 antwoorden, er zijn er minstens 20 nodig',
      ]);
      expect(guardedPages.errors).toEqual([]);
    } finally {
      await guardedPages.close();
      await guarded.close();
    }
  });

  it('with API keys: a key without the author scope is told so; one with it opens the files', async () => {
    const guarded = await startStudio({ AUTH: 'api-key' });
    const guardedPages = studioPages(browser, guarded.url);
    try {
      const keys = createKeyStore(guarded.studio.deps.db.db);
      const learner = (await keys.create({ name: 'learner', scopes: ['learner'] })).key;
      const author = (await keys.create({ name: 'author', scopes: ['author'] })).key;

      const page = await guardedPages.open('en', 'desktop', `/studio#key=${learner}`);
      const access = page.locator('.studio-access');
      await poll(() => access.isVisible()).toBe(true);
      expect(await access.textContent()).toBe(
        'This API key may not write scenarios: it needs the author scope. Ask the server’s operator to grant it.',
      );
      // The key left the address bar at once, as the chat page does with it.
      expect(new URL(page.url()).hash).toBe('');
      // Nothing the key may not do is offered: every button of the file bar and Play it are off.
      for (const name of ['Open', 'New…', 'Save']) {
        await poll(() => page.getByRole('button', { name, exact: true }).isDisabled()).toBe(true);
      }
      expect(await page.locator('.play button').first().isDisabled()).toBe(true);

      // A page of its own: the same address with another fragment would not load the page again.
      const authorPage = await guardedPages.open('en', 'desktop', `/studio#key=${author}`);
      await poll(() => authorPage.locator('#file-select option').count()).toBeGreaterThan(10);
      expect(await authorPage.locator('.studio-access').isVisible()).toBe(false);
      expect(await authorPage.getByRole('button', { name: 'New…', exact: true }).isDisabled()).toBe(false);
    } finally {
      await guardedPages.close();
      await guarded.close();
    }
  });
});
