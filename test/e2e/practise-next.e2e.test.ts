import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../harness.ts';
import {
  type Device,
  launchChromium,
  newContext,
  rehearse,
  screenshotSet,
  scrollWidth,
  seriousA11yViolations,
  tabTo,
  testRolePlayer,
  type UiLanguage,
} from './browser.ts';

// What the report makes of the scenario's own acts: three sessions of one scenario that differ in them
// (the core act never done; done, with a must-not act beside it; done and nothing to avoid) get three
// different "what to practise next", and the overall, the goals and the replies agree on where the acts came.

const CASES = {
  en: {
    scenarioId: 'saying-no-team-lead-role',
    core: 'Say no, and that Ben got the role',
    coreTip: 'Give the answer in your first sentence: "No, Sarah, it\'s Ben."',
    mustNot: 'Promise a next promotion',
    mustNotTip:
      'Promise only what you can deliver; offer to think with her about her own development instead.',
    goal: 'You gave a clear no without a long run-up.',
    reply: (n: number) => `Reply ${n}`,
    inReply: 'reply 1',
    never: /^None of your replies did what this conversation turns on/,
    sessions: {
      lacksCore: ['Sarah, I can see how much this matters to you.', 'What would help you most right now?'],
      mustNot: ["No, Sarah, it's Ben. But next time it will be you, I promise."],
      kept: [
        "No, Sarah, it's Ben. I can see this hurts, after nine years. What would you like to work on next, and how can I help?",
      ],
    },
  },
  nl: {
    scenarioId: 'nee-zeggen-teamleidersrol',
    core: 'Nee zeggen, en dat Koen het is geworden',
    coreTip: 'Geef het antwoord in je eerste zin: "Nee, Fatima, het is Koen geworden."',
    mustNot: 'Een volgende promotie beloven',
    mustNotTip: 'Beloof alleen wat je kunt waarmaken; denk liever met haar mee over haar eigen ontwikkeling.',
    goal: 'Je gaf een helder nee, zonder lange aanloop.',
    reply: (n: number) => `Antwoord ${n}`,
    inReply: 'antwoord 1',
    never: /^Geen van je antwoorden deed waar dit gesprek om draait/,
    sessions: {
      lacksCore: ['Fatima, ik zie hoeveel dit voor je betekent.', 'Wat zou je nu het meest helpen?'],
      mustNot: ['Nee, Fatima, het is Koen geworden. Maar volgende keer ben jij het, dat beloof ik.'],
      kept: [
        'Nee, Fatima, het is Koen geworden. Ik zie dat dit je raakt, na negen jaar. Waar wil je zelf naartoe groeien, en hoe kan ik je daarbij helpen?',
      ],
    },
  },
} as const;

const WALKS: [UiLanguage, Device][] = [
  ['en', 'desktop'],
  ['nl', 'phone'],
  ['en', 'phone'],
  ['nl', 'desktop'],
];

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The goal's line in the report: whether it was reached, and in which reply. */
const goalLine = (page: Page, statement: string) =>
  page
    .locator('.success-list li')
    .filter({ hasText: statement })
    .evaluate((item) => ({
      met: item.classList.contains('met'),
      reply: item.querySelector('.goal-reply')?.textContent ?? null,
    }));

describe('what to practise next, from the acts a session lacked, in Chromium', { timeout: 120_000 }, () => {
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
    const input = CASES[language];
    const learnerId = crypto.randomUUID();
    const held = async (replies: readonly string[]) =>
      rehearse(server.url, { scenarioId: input.scenarioId, mode: 'practice', learnerId, replies });
    const lacksCore = await held(input.sessions.lacksCore);
    const mustNot = await held(input.sessions.mustNot);
    const kept = await held(input.sessions.kept);

    const shot = screenshotSet(`practise-next-${language}-${device}`);
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const open = async (id: string) => {
      await page.goto(`${server.url}/#/report/${id}`);
      await page.locator('.practice-acts').waitFor();
    };
    const practiseNext = async () => ((await page.locator('.next').textContent()) ?? '').trim();

    // No reply did the core act: practise it, with the scenario's own advice; its goal is not reached,
    // and courage and clarity stayed at 2 or below in every reply, as the composition says.
    await open(lacksCore.id);
    expect(await texts(page, '.practice-act-core .act-label')).toEqual([input.core]);
    expect(await texts(page, '.practice-act-core .practice-act-tip')).toEqual([input.coreTip]);
    expect(await page.locator('.practice-act-must-not, .practice-act-kept').count()).toBe(0);
    expect(await page.locator('.composition-acts .act-core').textContent()).toMatch(input.never);
    expect(await goalLine(page, input.goal)).toEqual({ met: false, reply: null });
    const items = page.locator('.reply-breakdown .reply-item');
    expect(await items.count()).toBe(lacksCore.taken);
    for (let i = 0; i < lacksCore.taken; i++) {
      await tabTo(page, items.nth(i).locator('summary'));
      await page.keyboard.press('Enter');
      for (const id of ['courage', 'clarity']) {
        const dots = items.nth(i).locator(`.criterion-${id} .dots`);
        if ((await dots.count()) === 0) continue;
        const score = Number((await dots.getAttribute('aria-label'))!.match(/^(\d)/)![1]);
        expect(score).toBeLessThanOrEqual(2);
      }
    }
    expect(await page.locator('.reply-act').count()).toBe(0);
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'lacks-core-act', { fullPage: true });
    const first = await practiseNext();

    // The core act in reply 1 with a must-not act beside it: practise leaving that out. The goal that
    // asks for the core act is reached in the reply the composition names, and the reply says both.
    await open(mustNot.id);
    expect(await page.locator('.practice-act-core, .practice-act-kept').count()).toBe(0);
    expect(await texts(page, '.practice-act-must-not .act-label')).toEqual([input.mustNot]);
    expect(await page.locator('.practice-act-must-not .practice-act-what').textContent()).toContain(
      input.inReply,
    );
    expect(await texts(page, '.practice-act-must-not .practice-act-tip')).toEqual([input.mustNotTip]);
    expect(await page.locator('.composition-acts .act-core').textContent()).toContain(input.inReply);
    expect(await page.locator('.composition-acts .act-must-not').textContent()).toContain(input.inReply);
    expect(await goalLine(page, input.goal)).toEqual({ met: true, reply: input.reply(1) });
    await tabTo(page, page.locator('.reply-breakdown summary').first());
    await page.keyboard.press('Enter');
    expect(await texts(page, '.reply-act-core .act-label')).toEqual([input.core]);
    expect(await texts(page, '.reply-act-must-not .act-label')).toEqual([input.mustNot]);
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'must-not-act', { fullPage: true });
    const second = await practiseNext();

    // The core act and nothing to avoid: the report says to keep that.
    await open(kept.id);
    expect(await page.locator('.practice-act-core, .practice-act-must-not').count()).toBe(0);
    expect(await page.locator('.practice-act-kept').textContent()).toContain(input.inReply);
    expect(await page.locator('.composition-acts .act-must-not').count()).toBe(0);
    expect(await goalLine(page, input.goal)).toEqual({ met: true, reply: input.reply(1) });
    await shot(page, 'acts-kept', { fullPage: true });
    const third = await practiseNext();

    // In the other interface language the sentences switch, and the scenario's words keep theirs.
    await page.locator('#language-select').selectOption(language === 'en' ? 'nl' : 'en');
    await page.locator('.notice-language').waitFor();
    const label = page.locator('.composition-acts .act-core .act-label');
    expect(await label.textContent()).toBe(input.core);
    expect(await label.getAttribute('lang')).toBe(language);
    expect(await page.locator('.composition-acts .act-core').textContent()).toMatch(
      language === 'en' ? /^Je deed waar dit gesprek om draait/ : /^You did what this conversation turns on/,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Three sessions, three different pieces of advice.
    expect(new Set([first, second, third]).size).toBe(3);
    expect(pageErrors).toEqual([]);
  });
});
