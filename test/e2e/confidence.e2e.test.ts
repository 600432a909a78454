import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../harness.ts';
import {
  type Device,
  launchChromium,
  newContext,
  screenshotSet,
  sendReply,
  seriousA11yViolations,
  testRolePlayer,
  type UiLanguage,
} from './browser.ts';

// The chat says plainly when a score is a rough estimate: a reply the coach recognises little of gets the
// note above its scores; a reply it reads well gets none.

const CASES = {
  en: {
    scenario: 'saying-no-extra-project',
    practice: 'Practice — feedback on every reply',
    start: 'Start conversation',
    label: 'Your reply',
    send: 'Send',
    good: "I can hear this matters to you, and I'm sorry to disappoint you. I can't take the project on this month. Shall we ask Sam on Friday at ten?",
    vague: 'The train from Utrecht was on time and we had lunch by the river near the old bridge.',
    note: 'A rough estimate: the coach recognised little of this reply.',
    badge: 'Rough estimate',
  },
  nl: {
    scenario: 'nee-zeggen-extra-project',
    practice: 'Oefenen — feedback op elk antwoord',
    start: 'Start gesprek',
    label: 'Jouw antwoord',
    send: 'Verstuur',
    good: 'Ik hoor dat dit belangrijk voor je is, en het spijt me dat ik je teleurstel. Ik kan het project deze maand niet aannemen. Zullen we vrijdag om tien uur samen met Sam kijken?',
    vague: 'De trein uit Utrecht was op tijd en we hebben bij de rivier geluncht, vlak bij de oude brug.',
    note: 'Een ruwe schatting: de coach herkende weinig in dit antwoord.',
    badge: 'Ruwe schatting',
  },
} as const;

describe('a low confidence said plainly, in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ rolePlayer: testRolePlayer() });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['en', 'desktop'],
    ['nl', 'desktop'],
    ['nl', 'phone'],
  ] as [UiLanguage, Device][])('%s on a %s', async (language, device) => {
    const input = CASES[language];
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/scenario/${input.scenario}`);
    await page.getByRole('radio', { name: input.practice }).check();
    await page.getByRole('button', { name: input.start }).click();
    await page.getByRole('textbox', { name: input.label }).waitFor();
    const sessionId = decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '');

    // The vague reply first: the good one may well close the conversation.
    await sendReply(page, input.label, input.vague, 'button', input.send);
    await sendReply(page, input.label, input.good, 'button', input.send);
    const replies = page.locator('.msg-learner');
    await expect.poll(() => replies.locator('details.feedback').count()).toBe(2);

    // What the API stored with each reply is what the page shows.
    const stored = await fetch(`${server.url}/v1/sessions/${sessionId}`).then((r) => r.json());
    const levels = stored.turns
      .filter((turn: { role: string }) => turn.role === 'learner')
      .map((turn: { feedback: { confidence: { level: string } } }) => turn.feedback.confidence.level);
    expect(levels[0]).toBe('low');
    expect(levels[1]).not.toBe('low');

    await expect.poll(() => replies.nth(0).locator('.confidence-low').count()).toBe(1);
    const note = replies.nth(0).locator('.confidence-low');
    expect(await note.getAttribute('role')).toBe('note');
    expect(await note.locator('.confidence-head').textContent()).toBe(input.note);
    // The rubric's own reason, in the scenario's language, is under it.
    expect(await note.locator('[data-reason="little-recognised"]').count()).toBe(1);
    expect(await replies.nth(1).locator('.confidence-low').count()).toBe(0);
    expect(await replies.nth(1).locator('.confidence-badge').count()).toBe(0);
    // Folded away under the newer reply, its card still says so where it can be seen.
    const badge = replies.nth(0).locator('summary .confidence-badge');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toBe(input.badge);
    await replies.nth(0).locator('summary').click();
    expect(await note.isVisible()).toBe(true);
    // Above the scores, so it is read before them.
    const order = await replies
      .nth(0)
      .locator('details.feedback')
      .evaluate((card) => {
        const note = card.querySelector('.confidence-low');
        const scores = card.querySelector('.criteria');
        return note && scores ? note.compareDocumentPosition(scores) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
    expect(order).toBeTruthy();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet(`confidence-${language}-${device}`)(page, 'low', { fullPage: true });
  });
});
