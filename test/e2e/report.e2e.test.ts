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

// The report and the progress page in both languages on a desktop and a phone. The conversations are
// held over the HTTP API (as an LMS would), for the browser's learner; the browser only reads.

const CASES = {
  en: {
    scenarioId: 'saying-no-extra-project',
    replies: [
      'Okay.',
      'No.',
      'I can hear you are stressed.',
      "Let's meet Thursday at ten.",
      'I can hear you are stressed.',
      "That was my part, I own it. I hear the pressure you're under, Mark. No, we can't do June, but I'll call Helen with you Thursday at ten.",
    ],
    means: {
      strongBack: 'clear boundaries',
      softFront: 'willing to be moved',
      wildHeart: 'strength and vulnerability',
    },
    reply: 'Reply',
    otherLanguage: 'nl' as const,
    keepsLanguage: /Dit rapport is in het Engels/,
    goalsNote: /goals, yet your overall is \d+\/100/,
    confidence: { high: 'Confidence: high', medium: 'Confidence: medium', low: 'Confidence: low' },
    roughNote: 'A rough estimate: the coach recognised little of this reply.',
  },
  nl: {
    scenarioId: 'nee-zeggen-extra-project',
    replies: [
      'Oké.',
      'Nee.',
      'Ik hoor dat je gestrest bent.',
      'Laten we donderdag om tien uur afspreken.',
      'Ik hoor dat je gestrest bent.',
      'Dat was mijn deel, daar sta ik voor. Ik hoor de druk waar je onder staat, Marco. Nee, juni lukt niet, maar ik bel donderdag om tien met je Ingrid.',
    ],
    means: {
      strongBack: 'heldere grenzen',
      softFront: 'je te laten raken',
      wildHeart: 'kracht en kwetsbaarheid',
    },
    reply: 'Antwoord',
    otherLanguage: 'en' as const,
    keepsLanguage: /This report is in Dutch/,
    goalsNote: /doelen, en toch is je totaal \d+\/100/,
    confidence: {
      high: 'Betrouwbaarheid: hoog',
      medium: 'Betrouwbaarheid: middel',
      low: 'Betrouwbaarheid: laag',
    },
    roughNote: 'Een ruwe schatting: de coach herkende weinig in dit antwoord.',
  },
} as const;

const WALKS: [UiLanguage, Device][] = [
  ['en', 'desktop'],
  ['nl', 'phone'],
  ['en', 'phone'],
  ['nl', 'desktop'],
];

const textOf = async (page: Page, selector: string) => (await page.locator(selector).textContent()) ?? '';

describe('the report and progress in Chromium', { timeout: 120_000 }, () => {
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
    const { id: practice, taken } = await rehearse(server.url, { ...input, mode: 'practice', learnerId });
    const { id: assessment } = await rehearse(server.url, {
      ...input,
      mode: 'assessment',
      learnerId,
      replies: input.replies.slice(0, 2),
    });
    const shot = screenshotSet(`report-${language}-${device}`);
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.evaluate((id) => localStorage.setItem('rehearse.learnerId', id), learnerId);

    await page.goto(`${server.url}/#/report/${practice}`);
    await page.locator('svg.chart-bars').waitFor();
    await page.locator('.reply-breakdown').waitFor();
    await shot(page, 'practice-report', { fullPage: true });

    // The image labels are explained in the method's words, with what they are measured by.
    for (const [key, words] of Object.entries(input.means)) {
      const card = page.locator(`.image-${key}`);
      expect(await card.locator('.image-means').textContent()).toContain(words);
      expect(await card.locator('.image-basis').textContent()).not.toBe('');
    }

    // The overall is shown as what it is: the average of the replies' own scores.
    const overall = Number((await textOf(page, '.overall-big')).match(/(\d+)\/100/)![1]);
    const parts = (await page.locator('.composition-replies li').allTextContents()).map((text) =>
      Number(text.match(/(\d+)$/)![1]),
    );
    expect(parts).toHaveLength(taken);
    expect(Math.round(parts.reduce((a, b) => a + b, 0) / parts.length)).toBe(overall);
    // Most goals reached with a middling overall: the report says why the two differ.
    expect(await textOf(page, '.goals-note')).toMatch(input.goalsNote);

    // Each moment quotes the words its explanation speaks of, and a line said twice shows once.
    const moments = await page.locator('.moment-list .moment').evaluateAll((items) =>
      items.map((item) => ({
        quote: item.querySelector('blockquote')?.textContent ?? '',
        why: item.querySelector('.moment-why span')?.textContent ?? '',
      })),
    );
    expect(moments.length).toBeGreaterThan(1);
    for (const { quote, why } of moments) {
      const spoken = why.match(/[“‘](.+?)[”’]\)/)?.[1]?.replace(/…$/, '');
      if (spoken) expect(quote).toContain(spoken);
    }
    const strongest = await page.locator('.moments-strong blockquote').allTextContents();
    expect(new Set(strongest.map((q) => q.toLowerCase())).size).toBe(strongest.length);

    // What to practise next is the weakest principle of this session, shown where it fell short.
    const bars = await page
      .locator('svg.chart-bars rect[data-point]')
      .evaluateAll((rects) =>
        rects.flatMap((rect) =>
          rect.getAttribute('data-value')
            ? [{ id: rect.getAttribute('data-point')!, value: Number(rect.getAttribute('data-value')) }]
            : [],
        ),
      );
    const lowest = Math.min(...bars.map((bar) => bar.value));
    const principleName = await textOf(page, '.practice-principle strong');
    const lowestNames = await Promise.all(
      bars
        .filter((bar) => bar.value === lowest)
        .map((bar) => page.locator(`.criterion-${bar.id} .criterion-name`).first().textContent()),
    );
    expect(lowestNames).toContain(principleName);
    expect(await textOf(page, '.next .moment-why')).toMatch(new RegExp(`^${input.reply} \\d+ · `));
    expect(await textOf(page, '.next .exercise')).not.toBe('');

    // Reply by reply, opened from the keyboard.
    const items = page.locator('.reply-breakdown .reply-item');
    expect(await items.count()).toBe(taken);
    const first = items.first().locator('summary');
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    expect(await items.first().locator('details').getAttribute('open')).not.toBeNull();
    expect(await items.first().locator('.criterion').count()).toBeGreaterThan(0);

    // Each reply says how far to trust its score, folded or open: the level the API stored with it, and
    // opened, in plain words why, above the scores.
    const stored = await fetch(`${server.url}/v1/sessions/${practice}`).then((r) => r.json());
    const confidences: { level: 'high' | 'medium' | 'low'; reasons: unknown[] }[] = stored.turns
      .filter((turn: { role: string }) => turn.role === 'learner')
      .map((turn: { feedback: { confidence: unknown } }) => turn.feedback.confidence);
    expect(confidences.map((c) => c.level)).toContain('low');
    for (const [i, confidence] of confidences.entries()) {
      const badge = items.nth(i).locator('summary .confidence-badge');
      expect(await badge.isVisible()).toBe(true);
      expect(await badge.getAttribute('data-confidence')).toBe(confidence.level);
      expect(await badge.textContent()).toBe(input.confidence[confidence.level]);
      if (device === 'phone')
        expect((await badge.boundingBox())!.x + (await badge.boundingBox())!.width).toBeLessThanOrEqual(390);
      const note = items.nth(i).locator('.confidence-note');
      expect(await note.getAttribute('data-confidence')).toBe(confidence.level);
      expect(await note.locator('[data-reason]').count()).toBe(confidence.reasons.length);
    }
    // "Okay." is a reply the coach recognises little of, said as in the chat.
    expect(confidences[0]!.level).toBe('low');
    const firstNote = items.first().locator('.confidence-note');
    expect(await firstNote.isVisible()).toBe(true);
    expect(await firstNote.locator('.confidence-head').textContent()).toBe(input.roughNote);
    const last = items.nth(taken - 1);
    await last.locator('summary').click();
    const lastHead = (await last.locator('.confidence-note .confidence-head').textContent()) ?? '';
    expect(lastHead).toMatch(
      language === 'en' ? /^A (firm|fair|rough) estimate: / : /^Een (stevige|redelijke|ruwe) schatting: /,
    );
    await shot(page, 'reply-confidence', { fullPage: true });
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The assessment report has the breakdown too: each reply, its scores and its evidence.
    await page.goto(`${server.url}/#/report/${assessment}`);
    await page.locator('.reply-breakdown').waitFor();
    const replies = page.locator('.reply-breakdown .reply-item');
    expect(await replies.count()).toBe(2);
    await tabTo(page, replies.nth(1).locator('summary'));
    await page.keyboard.press('Enter');
    const quoted = await replies
      .nth(1)
      .locator('.reply-quote')
      .evaluate((quote) => {
        const copy = quote.cloneNode(true) as HTMLElement;
        for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
        return copy.textContent;
      });
    expect(quoted).toBe(input.replies[1]);
    expect(await replies.nth(1).locator('.criterion').count()).toBeGreaterThan(0);
    expect(await replies.nth(1).locator('.overall').textContent()).toMatch(/\d+\/100/);
    expect(await replies.nth(1).locator('mark.hl').count()).toBeGreaterThan(0);
    await shot(page, 'assessment-report', { fullPage: true });

    // Progress is a list: on a phone every title stays whole and every score in view.
    await page.goto(`${server.url}/#/progress`);
    await page.locator('.session-list').waitFor();
    expect(await page.locator('.session-item').count()).toBe(2);
    // The assessment is marked as one.
    expect(await page.locator('.session-item .tag').count()).toBe(1);
    const layout = await page.locator('.session-item').evaluateAll((rows) =>
      rows.map((row) => {
        const title = row.querySelector('.session-title a')!;
        const overall = row.querySelector('.session-overall')!.getBoundingClientRect();
        // A word broken over two lines has two boxes.
        const broken = [...(title.textContent ?? '').matchAll(/\S+/g)].filter((word) => {
          const range = document.createRange();
          range.setStart(title.firstChild!, word.index!);
          range.setEnd(title.firstChild!, word.index! + word[0].length);
          return range.getClientRects().length > 1;
        });
        return { right: overall.right, broken: broken.map((w) => w[0]) };
      }),
    );
    for (const row of layout) {
      expect(row.broken).toEqual([]);
      expect(row.right).toBeLessThanOrEqual(device === 'phone' ? 390 : 1280);
    }
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'progress', { fullPage: true });

    // In the other language the report says plainly that it keeps the conversation's language.
    await page.goto(`${server.url}/#/report/${practice}`);
    await page.locator('.reply-breakdown').waitFor();
    await page.locator('#language-select').selectOption(input.otherLanguage);
    await page.locator('.notice-language').waitFor();
    expect(await textOf(page, '.notice-language')).toMatch(input.keepsLanguage);
    expect(await page.locator('.moment-why span').first().getAttribute('lang')).toBe(language);
    expect(await page.locator('.exercise').getAttribute('lang')).toBe(language);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'report-other-language', { fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
