import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../harness.ts';
import {
  type Device,
  launchChromium,
  newContext,
  screenshotSet,
  scrollWidth,
  sendReply,
  seriousA11yViolations,
  testRolePlayer,
  type UiLanguage,
} from './browser.ts';

// Take a reply back and try another, in a real Chromium, in both languages, on a desktop and a phone: the
// reply and what followed it are shown as taken back, its words come back into the box, the conversation goes
// on from the new reply with the old one kept as an attempt, and the report sets the two side by side.

const CASES = {
  en: {
    scenarioId: 'saying-no-extra-project',
    practice: 'Practice — feedback on every reply',
    start: 'Start conversation',
    reply: 'Your reply',
    send: 'Send',
    poor: "Whatever. Sort it out yourself, it's your problem.",
    better:
      "No, we can't build it by June 1st: my team is full. Shall we go to Helen together tomorrow at ten?",
    retry: 'Try another reply',
    retrying: 'You are trying reply 1 again: the conversation goes on from your new reply.',
    earlier: 'Tried here before (1)',
    end: 'End conversation',
    confirmEnd: 'End and see report',
    comparisons: 'Tried again',
    takenBack: 'Taken back',
    kept: 'Kept',
    courage: 'Courage',
  },
  nl: {
    scenarioId: 'nee-zeggen-extra-project',
    practice: 'Oefenen — feedback op elk antwoord',
    start: 'Start gesprek',
    reply: 'Jouw antwoord',
    send: 'Verstuur',
    poor: 'Zoek het zelf maar uit, het is jouw probleem.',
    better:
      'Nee, we kunnen het niet per 1 juni bouwen: mijn team zit vol. Zullen we morgen om tien uur samen naar Ingrid gaan?',
    retry: 'Probeer een ander antwoord',
    retrying: 'Je probeert antwoord 1 opnieuw: het gesprek gaat verder vanaf je nieuwe antwoord.',
    earlier: 'Hier eerder geprobeerd (1)',
    end: 'Gesprek afronden',
    confirmEnd: 'Afronden en rapport bekijken',
    comparisons: 'Opnieuw geprobeerd',
    takenBack: 'Teruggenomen',
    kept: 'Gehouden',
    courage: 'Moed',
  },
} as const;

const WALKS: [UiLanguage, Device][] = [
  ['en', 'desktop'],
  ['nl', 'phone'],
  ['nl', 'desktop'],
  ['en', 'phone'],
];

describe('taking a reply back in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ rolePlayer: testRolePlayer() });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it.each(WALKS)('%s on a %s', async (language, device) => {
    const t = CASES[language];
    const width = device === 'phone' ? 390 : 1280;
    const shot = screenshotSet(`attempts-${language}-${device}`);
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${server.url}/#/scenario/${t.scenarioId}`);
    await page.getByRole('radio', { name: t.practice }).check();
    await page.getByRole('button', { name: t.start }).click();
    const box = page.getByRole('textbox', { name: t.reply });
    await box.waitFor();
    await sendReply(page, t.reply, t.poor, 'button', t.send);
    const firstAnswer = await page.locator('.msg-persona .bubble-text').last().textContent();

    // Taken back: the reply and the answer after it are shown so, and its words are back in the box.
    await page.getByRole('button', { name: t.retry }).click();
    expect(await page.getByRole('status').filter({ hasText: t.retrying }).count()).toBe(1);
    expect(await page.locator('.chat > .taken-back').count()).toBe(2);
    expect(await box.inputValue()).toBe(t.poor);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'taken-back');

    await box.fill(t.better);
    await page.getByRole('button', { name: t.send, exact: true }).click();
    // Shown anew: the conversation runs through the new reply; the old one waits under it as an attempt.
    await expect
      .poll(async () => page.locator('.msg-learner .bubble-text').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining(t.better.slice(0, 20))]);
    const attempts = page.locator('details.attempts');
    await attempts.waitFor();
    expect(await attempts.locator('summary').textContent()).toBe(t.earlier);
    await attempts.locator('summary').click();
    const attempt = attempts.locator('.attempt');
    expect(await attempt.textContent()).toContain(t.poor);
    expect(await attempt.textContent()).toContain(firstAnswer ?? '');
    expect(await page.locator('.taken-back').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await shot(page, 'tried-again');

    await page.getByRole('button', { name: t.end }).click();
    await page.getByRole('button', { name: t.confirmEnd }).click();
    const panel = page.getByRole('region', { name: t.comparisons });
    await panel.waitFor();
    const sides = panel.locator('.comparison-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).locator('h4').textContent()).toMatch(new RegExp(`^${t.takenBack} · `));
    expect(await sides.nth(0).locator('.comparison-reply').textContent()).toBe(t.poor);
    expect(await sides.nth(1).locator('h4').textContent()).toMatch(new RegExp(`^${t.kept} · `));
    expect(await sides.nth(1).locator('.comparison-reply').textContent()).toBe(t.better);
    const courage = panel.locator('tr[data-principle="courage"]');
    expect(await courage.locator('th').textContent()).toBe(t.courage);
    expect(await courage.locator('td').last().textContent()).toMatch(/^\+\d$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'report');

    expect(pageErrors).toEqual([]);
  });
});
