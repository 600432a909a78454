import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../harness.ts';
import { launchChromium, MARKUP, sendReply, seriousA11yViolations, testRolePlayer } from './browser.ts';

// The chat UI in a real headless Chromium against the real app (PGlite, scripted role-player, heuristic
// rubric): the picker and the choice of language, and what happens to markup, failures and reloads.
// The conversation, report and progress walks are in the other files of this folder.

describe('chat UI in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let english: BrowserContext;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ rolePlayer: testRolePlayer() });
    browser = await launchChromium();
    english = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    english.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('picks scenarios by difficulty, and speaks the language the browser or the learner chooses', async () => {
    const page = await english.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.locator('.card').count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Choose a conversation to rehearse',
    );
    expect(await page.locator('.scenario-group h2').allTextContents()).toContain('Saying no');
    expect(await page.getByLabel('Language').inputValue()).toBe('en');

    // The difficulty filter narrows the cards.
    await page.getByRole('radio', { name: 'Hard' }).check();
    const shown = await page.locator('.card .badge').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((badge) => badge.endsWith('Hard'))).toBe(true);
    await page.getByRole('radio', { name: 'All' }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The Language control switches everything, the scenarios included.
    await page.getByLabel('Language').selectOption('nl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kies een gesprek om te oefenen');
    expect(await page.locator('label[for="language-select"]').textContent()).toBe('Taal');
    await expect
      .poll(() => page.locator('.card-title').allTextContents())
      .toContain('Nee zeggen tegen een extra klantproject');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByLabel('Taal').selectOption('en');
    await page.close();

    // A browser that prefers Dutch starts in Dutch.
    const dutch = await browser.newContext({ locale: 'nl-NL' });
    const dutchPage = await dutch.newPage();
    await dutchPage.goto(server.url);
    await expect.poll(() => dutchPage.locator('h1').textContent()).toBe('Kies een gesprek om te oefenen');
    expect(await dutchPage.locator('label[for="language-select"]').textContent()).toBe('Taal');
    await dutch.close();
  });

  it('shows markup as text, survives an upstream error and keeps the draft across a reload', async () => {
    const page = await english.newPage();
    await page.goto(server.url);
    await page.locator('#language-select').selectOption('en');
    await page.getByRole('link', { name: /Saying no to an extra client project/ }).click();
    await page.getByRole('button', { name: 'Start conversation' }).click();
    const box = page.getByRole('textbox', { name: 'Your reply' });
    await box.waitFor();

    await sendReply(page, 'Your reply', `${MARKUP} [markup]`, 'enter');
    expect(await page.locator('.msg-learner .bubble .bubble-text').last().textContent()).toContain(MARKUP);
    expect(await page.locator('.msg-persona .bubble-text').last().textContent()).toContain(MARKUP);
    expect(await page.locator('.chat img, .chat b').count()).toBe(0);
    // And should markup ever reach the DOM, the CSP keeps inline script from running.
    await expect(page.addScriptTag({ content: 'window.injected = true' })).rejects.toThrow(
      /Content Security Policy/,
    );

    const failing = 'I hear you. Let us sort this out together. [fail]';
    await box.fill(failing);
    await box.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('could not answer just now');
    expect(await box.inputValue()).toBe(failing);
    // Sent again, the persona answers; the stored reply is not stored twice (same idempotency key).
    const personas = await page.locator('.msg-persona:not(.streaming)').count();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('.msg-persona:not(.streaming)').count()).toBeGreaterThan(personas);
    expect(await page.getByRole('alert').count()).toBe(0);
    const learnerTexts = await page.locator('.msg-learner .bubble').evaluateAll((bubbles) =>
      bubbles.map((bubble) => {
        const copy = bubble.cloneNode(true) as HTMLElement;
        for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
        return copy.textContent;
      }),
    );
    expect(learnerTexts.filter((text) => text === failing)).toHaveLength(1);
    const session = await fetch(`${server.url}/v1/sessions/${page.url().split('/').pop()}`).then((r) =>
      r.json(),
    );
    expect(session.turns.filter((turn: { content: string }) => turn.content === failing)).toHaveLength(1);

    await box.fill('A half-written thought that must not be lost');
    await page.reload();
    await page.getByRole('textbox', { name: 'Your reply' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe(
      'A half-written thought that must not be lost',
    );

    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
