import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../harness.ts';
import {
  answered,
  type Device,
  launchChromium,
  newContext,
  screenshotSet,
  scrollWidth,
  seriousA11yViolations,
  testRolePlayer,
  type UiLanguage,
} from './browser.ts';

// "What could I say?" in a real Chromium, in both languages, on a desktop and a phone: the hint names the
// principle, what the persona needs so far and an opening; its opening goes into the reply box; the reply
// says it came after a hint; the report counts it. An assessment offers no hint.

const CASES = {
  en: {
    scenarioId: 'saying-no-extra-project',
    practice: 'Practice — feedback on every reply',
    assessment: 'Assessment — feedback only in the report',
    start: 'Start conversation',
    reply: 'Your reply',
    ask: 'What could I say?',
    title: 'A hint',
    principle: 'Most worth working on now: courage.',
    noNeedsYet: 'an open question may bring it out',
    opening: "I'll be straight with you, Mark: June 1st isn't going to happen.",
    use: 'Use this opening',
    rest: 'We are at capacity until the end of June. Shall we go to Helen together tomorrow?',
    send: 'Send',
    afterHint: 'after a hint',
    end: 'End conversation',
    confirmEnd: 'End and see report',
    usedIn: 'You asked for a hint before reply 1.',
  },
  nl: {
    scenarioId: 'nee-zeggen-extra-project',
    practice: 'Oefenen — feedback op elk antwoord',
    assessment: 'Toets — feedback pas in het rapport',
    start: 'Start gesprek',
    reply: 'Jouw antwoord',
    ask: 'Wat zou ik kunnen zeggen?',
    title: 'Een tip',
    principle: 'Waar je nu het meest mee wint: moed.',
    noNeedsYet: 'een open vraag kan het bovenhalen',
    opening: 'Ik ga eerlijk tegen je zijn, Marco: 1 juni gaat niet lukken.',
    use: 'Gebruik dit als begin',
    rest: 'We zitten vol tot eind juni. Zullen we morgen samen naar Ingrid gaan?',
    send: 'Verstuur',
    afterHint: 'na een tip',
    end: 'Gesprek afronden',
    confirmEnd: 'Afronden en rapport bekijken',
    usedIn: 'Je vroeg om een tip vóór antwoord 1.',
  },
} as const;

const WALKS: [UiLanguage, Device][] = [
  ['en', 'desktop'],
  ['nl', 'phone'],
  ['nl', 'desktop'],
  ['en', 'phone'],
];

describe('hints in Chromium', { timeout: 120_000 }, () => {
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
    const shot = screenshotSet(`hints-${language}-${device}`);
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${server.url}/#/scenario/${t.scenarioId}`);
    await page.getByRole('radio', { name: t.practice }).check();
    await page.getByRole('button', { name: t.start }).click();
    const box = page.getByRole('textbox', { name: t.reply });
    await box.waitFor();

    await page.getByRole('button', { name: t.ask }).click();
    const panel = page.getByRole('region', { name: t.title });
    await panel.waitFor();
    const text = (await panel.locator('.hint-text').textContent()) ?? '';
    expect(text.startsWith(t.principle)).toBe(true);
    expect(text).toContain(t.noNeedsYet);
    expect(text).toContain(t.opening);
    expect(await panel.locator('.hint-text').getAttribute('lang')).toBe(null);
    expect(await seriousA11yViolations(page)).toEqual([]);
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await shot(page, 'hint');

    // The opening goes into the box, the learner finishes the reply and sends it.
    await panel.getByRole('button', { name: t.use }).click();
    expect(await box.inputValue()).toBe(`${t.opening} `);
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.pressSequentially(t.rest);
    const before = await page.locator('.msg-persona').count();
    await page.getByRole('button', { name: t.send, exact: true }).click();
    await answered(page, before);
    await expect.poll(() => panel.count()).toBe(0);
    const learner = page.locator('.msg-learner').last();
    expect(await learner.locator('.after-hint').textContent()).toBe(` · ${t.afterHint}`);
    const said = await learner.locator('.bubble').evaluate((bubble) => {
      const copy = bubble.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent;
    });
    expect(said).toBe(`${t.opening} ${t.rest}`);

    // Reloaded, the reply still says it came after a hint.
    await page.reload();
    await page.getByRole('textbox', { name: t.reply }).waitFor();
    expect(await page.locator('.msg-learner .after-hint').count()).toBe(1);

    await page.getByRole('button', { name: t.end }).click();
    await page.getByRole('button', { name: t.confirmEnd }).click();
    const used = page.locator('.hints-used');
    await used.waitFor();
    expect(await used.textContent()).toBe(t.usedIn);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'report');

    // An assessment has no hint to offer.
    await page.goto(`${server.url}/#/scenario/${t.scenarioId}`);
    await page.getByRole('radio', { name: t.assessment }).check();
    await page.getByRole('button', { name: t.start }).click();
    await page.getByRole('textbox', { name: t.reply }).waitFor();
    expect(await page.getByRole('button', { name: t.ask }).count()).toBe(0);

    expect(pageErrors).toEqual([]);
  });
});
