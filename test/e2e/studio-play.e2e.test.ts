import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotSet, seriousA11yViolations } from './browser.ts';
import { cursorAfter, openFile, poll, showsLine, startStudio, studioPages } from './studio-page.ts';

// The studio's parts that lean on the schema, the templates and the previews: completion at the cursor's
// path, a new file and a translation from templates (and the warnings before unsaved changes are left), and
// "Play it" on the unsaved text.

const FILE = 'en/studio-walk.yaml';

describe('scenario studio: completion, templates and Play it, in Chromium', { timeout: 180_000 }, () => {
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

  it("completes field names and enum values from the schema, at the cursor's path", async () => {
    const page = await pages.open('en');
    const shot = screenshotSet('studio-en-completion');
    await openFile(page, FILE);
    await cursorAfter(page, 'difficulty: medium');
    // Completion of a key at the cursor's path, then of its value.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('diffi');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await poll(() => options.allTextContents()).toEqual(['difficulty']);
    await shot(page, 'completion');
    // The editor takes a choice only once the list has been open a moment (so a fast typist's Enter is a newline).
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await page.keyboard.type('ha');
    await poll(() => options.allTextContents()).toEqual(['hard']);
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    expect(await page.locator('.cm-activeLine').textContent()).toBe('difficulty: hard');
    await poll(() => page.locator('.problem-text', { hasText: 'difficulty' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(pages.errors).toEqual([]);
  });

  it('starts a new scenario from a category template, and a translation from the open file', async () => {
    const page = await pages.open('en');
    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByLabel('Category').selectOption('saying-no');
    await page.getByLabel('Id (the file name, lowercase words with hyphens)').fill('studio-new');
    await page.getByRole('button', { name: 'Create' }).click();
    await poll(() => page.locator('.file-status').textContent()).toBe(
      'en/studio-new.yaml is ready in the editor. It is saved only when you press Save.',
    );
    await poll(() => showsLine(page, 'id: studio-new')).toBe(true);
    expect(await page.locator('.dirty-mark').textContent()).toBe('Unsaved changes');

    // Opening another file asks first (the test's dialogs answer yes).
    const asked: string[] = [];
    page.on('dialog', (dialog) => asked.push(dialog.message()));
    await openFile(page, FILE);
    expect(asked).toEqual(['You have unsaved changes. Leave them?']);
    await page.getByRole('button', { name: 'Translate…' }).click();
    await page.getByLabel('Id (the file name, lowercase words with hyphens)').fill('studio-wandeling');
    await page.getByRole('button', { name: 'Create' }).click();
    await poll(() => showsLine(page, 'id: studio-wandeling')).toBe(true);
    expect(await showsLine(page, 'language: nl')).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await poll(() => page.locator('.file-status').textContent()).toBe('Saved nl/studio-wandeling.yaml.');
    expect(await readFile(join(app.studio.dir, 'nl', 'studio-wandeling.yaml'), 'utf8')).toContain(
      'status: draft',
    );

    // Leaving with unsaved changes: the browser asks.
    await cursorAfter(page, 'title: ');
    await page.keyboard.type('x');
    const leaving = new Promise<string>((resolve) => page.once('dialog', (dialog) => resolve(dialog.type())));
    await page.close({ runBeforeUnload: true });
    expect(await leaving).toBe('beforeunload');
  });

  it('plays the unsaved text with the persona, as a preview', async () => {
    const page = await pages.open('en');
    await openFile(page, FILE);
    const panel = page.locator('.play');
    expect(await panel.locator('.play-preview-note').textContent()).toBe(
      'Preview: not saved, and not in the library. Learners do not see it.',
    );
    await panel.getByRole('button', { name: 'Play it' }).click();
    await poll(() => panel.locator('.play-persona').count()).toBeGreaterThan(0);
    const before = await panel.locator('.play-persona').count();
    await panel
      .getByLabel('Your reply')
      .fill("I can hear you're under pressure, Mark. June 1st isn't going to happen.");
    await panel.getByRole('button', { name: 'Send' }).click();
    await poll(() => panel.locator('.play-persona').count()).toBe(before + 1);
    expect(await panel.locator('.play-mood').last().textContent()).toMatch(/^Mood: /);
    expect(await panel.locator('.play-criteria li').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet('studio-en-play')(page, 'one-turn', { fullPage: true });
  });
});
