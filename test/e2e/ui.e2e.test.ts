import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptedRolePlayer, RolePlayError, type RolePlayer } from '../../src/roleplay/index.ts';
import { startTestServer } from '../harness.ts';

// The chat UI in a real headless Chromium against the real app (PGlite, scripted role-player, heuristic
// rubric). One browser for the file; pages are reused where the flow allows it.

const CHROMIUM = '/usr/bin/chromium';
const MARKUP = '<img src=x onerror=alert(1)> <b>bold</b>';

/**
 * The scripted persona, except on two cue words: `[markup]` makes the persona answer with HTML (streamed
 * in pieces), `[fail]` makes the upstream fail once, after the learner turn was stored.
 */
function testRolePlayer(): RolePlayer {
  const scripted = createScriptedRolePlayer();
  const failedOnce = new Set<string>();
  return {
    kind: 'scripted',
    async respond(input, options) {
      const last = input.transcript.at(-1)?.content ?? '';
      if (last.includes('[fail]') && !failedOnce.has(last)) {
        failedOnce.add(last);
        throw new RolePlayError('upstream_error', 'The test upstream is down.');
      }
      if (last.includes('[markup]')) {
        const text = `Look: ${MARKUP} — is that what you meant?`;
        for (const piece of text.match(/.{1,6}/g) ?? []) options.onDelta(piece);
        return { text, usage: null, source: 'script', closing: false, replaced: false };
      }
      return scripted.respond(input, options);
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousA11yViolations(page: Page) {
  // Evaluated over the DevTools protocol: the page's CSP rightly refuses an injected inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // @ts-expect-error axe is injected into the page above
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    }),
  )) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function sendReply(
  page: Page,
  label: string,
  text: string,
  how: 'enter' | 'button',
  buttonName = 'Send',
) {
  const box = page.getByRole('textbox', { name: label });
  await box.fill(text);
  const before = await page.locator('.msg-persona').count();
  if (how === 'enter') await box.press('Enter');
  else await page.getByRole('button', { name: buttonName, exact: true }).click();
  // The answer is complete when the new persona bubble has stopped streaming.
  await expect
    .poll(() => page.locator('.msg-persona:not(.streaming)').count(), { timeout: 10_000 })
    .toBeGreaterThan(before);
}

describe('chat UI in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let english: BrowserContext;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: the end-to-end tests need it. Install it with \`apt-get install -y chromium\`.`,
      );
    }
    server = await startTestServer({ rolePlayer: testRolePlayer() });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
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

  it('rehearses in English: picker, briefing, three streamed turns with feedback, report, progress', async () => {
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

    await page.getByRole('link', { name: /Saying no to an extra client project/ }).click();
    await page.getByRole('button', { name: 'Start conversation' }).waitFor();
    expect(await page.locator('.briefing-body').textContent()).toContain('Mark Reynolds');
    await page.getByRole('button', { name: 'Start conversation' }).click();

    await page.getByRole('textbox', { name: 'Your reply' }).waitFor();
    expect(await page.locator('.msg-persona .bubble-text').first().textContent()).toContain(
      'Hartley Freight',
    );
    await sendReply(
      page,
      'Your reply',
      'Mark, I can hear how much pressure you are under, and I understand why you said yes to Hartley.',
      'enter',
    );
    await sendReply(
      page,
      'Your reply',
      'No, my team cannot build the integration by 1 June. We are two people down and the migration runs until the end of June.',
      'enter',
    );
    await sendReply(
      page,
      'Your reply',
      'What do you need from me? I can join you on Thursday to talk to Helen, and we can propose a first version in July.',
      'button',
    );

    // Streaming: persona text arrived in pieces before the stored turn replaced it.
    const deltas = await page
      .locator('.msg-persona[data-deltas]')
      .evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.deltas)));
    expect(deltas).toHaveLength(3);
    expect(deltas.every((count) => count >= 1)).toBe(true);
    expect((await page.locator('.msg-persona .bubble-text').last().textContent())?.trim()).not.toBe('');
    // Feedback beside every reply, with the quoted words highlighted inside the reply itself.
    expect(await page.locator('.msg-learner details.feedback').count()).toBe(3);
    expect(await page.locator('.msg-learner details.feedback[open]').count()).toBe(1);
    const marks = await page.locator('.msg-learner .bubble mark.hl').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const replies = (await page.locator('.msg-learner .bubble').allTextContents()).join(' ');
    for (const mark of marks) expect(replies).toContain(mark);
    expect(await page.locator('.feedback .criterion').count()).toBeGreaterThan(0);
    expect(await page.locator('.mood-words').textContent()).toMatch(
      /^Mark Reynolds is (closed|guarded|neutral|open)\.$/,
    );
    expect(await page.locator('.mood meter').count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'End conversation' }).click();
    await page.locator('svg.chart-bars').waitFor();
    expect(await page.locator('svg.chart-bars [data-point]').count()).toBe(5);
    const report = (await page.locator('.report-body').textContent()) ?? '';
    for (const words of [
      'Strong back',
      'Soft front',
      'Wild heart',
      'Your strongest moments',
      'Did you reach the goal?',
      'What to practise next',
    ]) {
      expect(report).toContain(words);
    }
    expect(await page.locator('.success-list li').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.locator('table.sessions').waitFor();
    expect(await page.locator('table.sessions tbody tr').first().textContent()).toContain(
      'Saying no to an extra client project',
    );
    await expect.poll(() => page.locator('svg.chart-line').count()).toBe(5);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches everything to Dutch with the Language control, and rehearses in Dutch', async () => {
    const page = await english.newPage();
    await page.goto(server.url);
    await page.locator('.card').first().waitFor();
    await page.getByLabel('Language').selectOption('nl');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kies een gesprek om te oefenen');
    expect(await page.locator('label[for="language-select"]').textContent()).toBe('Taal');
    await expect
      .poll(() => page.locator('.card-title').allTextContents())
      .toContain('Nee zeggen tegen een extra klantproject');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');

    await page.getByRole('link', { name: /Nee zeggen tegen een extra klantproject/ }).click();
    await page.getByRole('button', { name: 'Start gesprek' }).click();
    await page.getByRole('textbox', { name: 'Jouw antwoord' }).waitFor();
    await sendReply(
      page,
      'Jouw antwoord',
      'Ik merk dat je flink onder druk staat, en dat begrijp ik. Nee, mijn team kan dit niet vóór 1 juni bouwen.',
      'button',
      'Verstuur',
    );
    expect(await page.locator('.msg-learner details.feedback').count()).toBe(1);
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.locator('svg.chart-bars').waitFor();
    expect(await page.locator('.report-body').textContent()).toContain('Sterke rug');

    await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
    await page.locator('table.sessions').waitFor();
    // The same browser is the same learner: both conversations are listed.
    expect(await page.locator('table.sessions tbody tr').count()).toBe(2);

    // A browser that prefers Dutch starts in Dutch.
    const dutch = await browser.newContext({ locale: 'nl-NL' });
    const dutchPage = await dutch.newPage();
    await dutchPage.goto(server.url);
    await expect.poll(() => dutchPage.locator('h1').textContent()).toBe('Kies een gesprek om te oefenen');
    expect(await dutchPage.locator('label[for="language-select"]').textContent()).toBe('Taal');
    await dutch.close();
    await page.close();
  });

  it('fits a 390 px wide screen without sideways scrolling', async () => {
    const page = await english.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    // The context remembers Dutch from the test before: the control is labelled "Taal" now.
    await page.getByLabel('Taal').selectOption('en');
    await page.locator('.card').first().waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: /Saying no to an extra client project/ }).click();
    await page.getByRole('button', { name: 'Start conversation' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Start conversation' }).click();
    await sendReply(
      page,
      'Your reply',
      'I see you are stressed. No, we cannot do 1 June; let us call Helen together on Thursday.',
      'enter',
    );
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'End conversation' }).click();
    await page.locator('svg.chart-bars').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await expect.poll(() => page.locator('svg.chart-line').count()).toBe(5);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.close();
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
    expect(await page.locator('.msg-learner .bubble').last().textContent()).toContain(MARKUP);
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
    const learnerTexts = await page.locator('.msg-learner .bubble').allTextContents();
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
