import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  smallTargets,
  tabTo,
  testRolePlayer,
  type UiLanguage,
} from './browser.ts';

// A leader's walk through the conversation, keyboard only, in both languages on a desktop and on a
// phone: what is in view after each answer, what screen readers hear, touch targets, ending on purpose,
// assessment mode and a language switch mid-conversation. Each walk leaves a screenshot set for review.

const WORDS = {
  en: {
    scenario: /Saying no to an extra client project/,
    persona: 'Mark Reynolds',
    start: 'Start conversation',
    reply: 'Your reply',
    send: 'Send',
    end: 'End conversation',
    keep: 'Keep talking',
    confirm: 'End and see report',
    progress: 'Progress',
    feedback: 'Feedback',
    assessment: /Assessment — feedback only in the report/,
    assessmentNote: /no feedback while you talk/,
    otherLanguage: 'nl' as const,
    // Shown for an English session once the interface is Dutch.
    keepsLanguage: /Dit gesprek is in het Engels en blijft in het Engels/,
    replies: [
      "Mark, I can hear you're under a lot of pressure, and I understand why you said yes to Hartley.",
      'No, my team cannot build the integration by 1 June. We are two people down and the migration runs until the end of June. [slow]',
      'What do you need from me? Maybe I can join you on Thursday to talk to Helen, and we can propose a first version in July.',
    ],
  },
  nl: {
    scenario: /Nee zeggen tegen een extra klantproject/,
    persona: 'Marco Jansen',
    start: 'Start gesprek',
    reply: 'Jouw antwoord',
    send: 'Verstuur',
    end: 'Gesprek afronden',
    keep: 'Verder praten',
    confirm: 'Afronden en rapport bekijken',
    progress: 'Voortgang',
    feedback: 'Feedback',
    assessment: /Toets — feedback pas in het rapport/,
    assessmentNote: /geen feedback tijdens het gesprek/,
    otherLanguage: 'en' as const,
    keepsLanguage: /This conversation is in Dutch and stays in Dutch/,
    replies: [
      'Marco, ik hoor dat je flink onder druk staat, en ik begrijp waarom je ja zei tegen Bakker.',
      'Nee, mijn team kan de koppeling niet vóór 1 juni bouwen. We missen twee mensen en de migratie loopt tot eind juni. [slow]',
      'Wat heb je van mij nodig? Misschien kan ik donderdag met je mee naar Ingrid, en dan stellen we een eerste versie in juli voor.',
    ],
  },
} as const;

const WALKS: [UiLanguage, Device][] = [
  ['en', 'desktop'],
  ['nl', 'phone'],
  ['en', 'phone'],
  ['nl', 'desktop'],
];

/** Where the newest persona bubble and the reply box are, against the window. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (element: Element | null | undefined) => {
      const rect = element?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom, height: rect.height } : null;
    };
    return {
      persona: box([...document.querySelectorAll('.msg-persona')].at(-1)),
      composer: box(document.querySelector('.composer')),
      height: window.innerHeight,
    };
  });

/** The newest persona words and the whole reply box are on screen. */
async function expectAnswerAndReplyBoxInView(page: Page) {
  const { persona, composer, height } = await layout(page);
  expect(composer!.top).toBeGreaterThanOrEqual(0);
  expect(composer!.bottom).toBeLessThanOrEqual(height);
  // The end of the persona's answer (its newest words) shows above the reply box.
  expect(persona!.bottom).toBeGreaterThan(24);
  expect(persona!.bottom).toBeLessThanOrEqual(composer!.top);
}

const liveText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]')].map((region) => region.textContent ?? '').join('\n'),
  );

/** Opens the scenario from the picker and starts it in the given mode, by keyboard. */
async function startByKeyboard(
  page: Page,
  words: (typeof WORDS)[UiLanguage],
  mode: 'practice' | 'assessment',
  device: Device,
  shot?: (page: Page, step: string, options?: { fullPage?: boolean }) => Promise<void>,
) {
  if (device === 'phone') expect(await smallTargets(page)).toEqual([]);
  await tabTo(page, page.getByRole('link', { name: words.scenario }));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: words.start }).waitFor();
  if (device === 'phone') expect(await smallTargets(page)).toEqual([]);
  await shot?.(page, 'briefing', { fullPage: true });
  if (mode === 'assessment') {
    await tabTo(page, page.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: words.assessment }).isChecked()).toBe(true);
  }
  await tabTo(page, page.getByRole('button', { name: words.start }));
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: words.reply }).waitFor();
}

/** Types a reply and sends it: Enter on a desktop, the Send button on a touch screen (Enter is a new line there). */
async function sendByKeyboard(page: Page, words: (typeof WORDS)[UiLanguage], device: Device, text: string) {
  const box = page.getByRole('textbox', { name: words.reply });
  await tabTo(page, box);
  await page.keyboard.insertText(text);
  const before = await page.locator('.msg-persona:not(.streaming)').count();
  if (device === 'desktop') await page.keyboard.press('Enter');
  else {
    await page.keyboard.press('Enter');
    expect(await box.inputValue()).toBe(`${text}\n`);
    await tabTo(page, page.getByRole('button', { name: words.send, exact: true }));
    await page.keyboard.press('Enter');
  }
  return before;
}

describe('the conversation in Chromium', { timeout: 120_000 }, () => {
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

  const open = async (language: UiLanguage, device: Device) => {
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(server.url);
    await page.locator('.card').first().waitFor();
    return page;
  };

  it.each(WALKS)('practice, keyboard only: %s on a %s', async (language, device) => {
    const words = WORDS[language];
    const shot = screenshotSet(`practice-${language}-${device}`);
    const page = await open(language, device);
    await shot(page, 'picker', { fullPage: true });
    await startByKeyboard(page, words, 'practice', device, shot);
    await shot(page, 'conversation-start');

    // The hint fits the device: keys on a desktop, nothing about Shift+Enter on a touch screen.
    const hint = (await page.locator('.composer').textContent()) ?? '';
    if (device === 'desktop') expect(hint).toContain('Shift+Enter');
    else expect(hint).not.toContain('Shift+Enter');

    for (const [i, text] of words.replies.entries()) {
      const before = await sendByKeyboard(page, words, device, text);
      if (text.includes('[slow]')) {
        // A reader who goes back to the feedback while the persona answers keeps their place.
        const summary = page.locator('.msg-learner').last().locator('summary');
        await summary.waitFor();
        await tabTo(page, summary, { backwards: true });
        const top = await summary.evaluate((element) => element.getBoundingClientRect().top);
        await answered(page, before);
        expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
        // Nor does the page scroll away under them.
        expect(await summary.evaluate((element) => element.getBoundingClientRect().top)).toBe(top);
      } else {
        await answered(page, before);
        expect(
          await page
            .getByRole('textbox', { name: words.reply })
            .evaluate((e) => e === document.activeElement),
        ).toBe(true);
        await expectAnswerAndReplyBoxInView(page);
      }
      // Screen readers hear the feedback and the whole answer, once it is complete; neither replaces the other.
      const answer = (await page.locator('.msg-persona .bubble-text').last().textContent()) ?? '';
      const live = await liveText(page);
      expect(live).toContain(`${words.persona}: ${answer}`);
      expect(live).toMatch(/Feedback: \S+ \d+\/100/);
      await shot(page, `reply-${i + 1}`);
    }

    // The answers streamed in pieces before the stored turn replaced them.
    const deltas = await page
      .locator('.msg-persona[data-deltas]')
      .evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.deltas)));
    expect(deltas).toHaveLength(words.replies.length);
    expect(deltas.every((count) => count >= 1)).toBe(true);
    // Feedback beside every reply, the newest open; the mood in words and gauges.
    expect(await page.locator('.msg-learner details.feedback').count()).toBe(words.replies.length);
    expect(await page.locator('.msg-learner details.feedback[open]').count()).toBe(1);
    expect(await page.locator('.mood-words').textContent()).toMatch(
      new RegExp(`^${words.persona} is \\S.*\\.$`),
    );
    expect(await page.locator('.mood meter').count()).toBe(2);

    // Evidence marks cover whole words only.
    const cuts = await page.locator('.msg-learner .bubble').evaluateAll((bubbles) =>
      bubbles.flatMap((bubble) => {
        const text = bubble.querySelector('.bubble-text');
        const marks = [...(text?.querySelectorAll('mark') ?? [])];
        const letter = /[\p{L}\p{N}]/u;
        return marks.flatMap((mark) => {
          const before = mark.previousSibling?.textContent?.slice(-1) ?? '';
          const after = mark.nextSibling?.textContent?.slice(0, 1) ?? '';
          const words = mark.firstChild?.textContent ?? '';
          const cut =
            (letter.test(before) && letter.test(words[0] ?? '')) ||
            (letter.test(after) && letter.test(words.at(-1) ?? ''));
          return cut ? [`${before}|${words}|${after}`] : [];
        });
      }),
    );
    expect(cuts).toEqual([]);
    expect(await page.locator('.msg-learner mark.hl').count()).toBeGreaterThan(0);
    // The hedge in the last reply cost points, and is marked so.
    const cost = page.locator('.msg-learner').last().locator('mark[data-polarity="cost"]');
    expect(await cost.first().evaluate((mark) => mark.firstChild?.textContent)).toMatch(/^(Maybe|Misschien)/);

    // Earlier feedback folds away and opens again from the keyboard.
    const first = page.locator('details.feedback').first();
    expect(await first.getAttribute('open')).toBeNull();
    await tabTo(page, first.locator('summary'), { backwards: true });
    await page.keyboard.press('Enter');
    expect(await first.getAttribute('open')).not.toBeNull();

    if (device === 'phone') {
      expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
      // The mood card is compact and covers no feedback heading.
      const mood = await page.locator('.mood').boundingBox();
      expect(mood!.height).toBeLessThanOrEqual(72);
      const covered = await first.locator('summary').evaluate((summary) => {
        summary.scrollIntoView({ block: 'start' });
        const rect = summary.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return !summary.contains(hit);
      });
      expect(covered).toBe(false);
      // Touch targets are at least 44 px tall.
      expect(await smallTargets(page)).toEqual([]);
      // Ending is far from Send: not the next thing under the thumb.
      const send = await page.getByRole('button', { name: words.send, exact: true }).boundingBox();
      const end = await page.getByRole('button', { name: words.end }).boundingBox();
      expect(Math.abs(send!.y - end!.y)).toBeGreaterThan(300);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Ending asks first. Escape keeps the conversation going, and focus returns to the button.
    const end = page.getByRole('button', { name: words.end });
    await tabTo(page, end, { backwards: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(
      await page.getByRole('button', { name: words.keep }).evaluate((e) => e === document.activeElement),
    ).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'end-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await end.evaluate((e) => e === document.activeElement)).toBe(true);
    const sessionId = page.url().split('/').pop()!;
    const session = await fetch(`${server.url}/v1/sessions/${sessionId}`).then((r) => r.json());
    expect(session.status).toBe('active');
    // Enter twice lands on "keep talking": nothing ends by accident.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(page.url()).toContain('#/session/');

    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: words.confirm }));
    await page.keyboard.press('Enter');
    await page.locator('svg.chart-bars').waitFor();
    await shot(page, 'report', { fullPage: true });
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    await tabTo(page, page.getByRole('link', { name: words.progress, exact: true }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.locator('.session-list').waitFor();
    expect(await page.locator('.session-item').first().textContent()).toMatch(words.scenario);
    await expect.poll(() => page.locator('svg.chart-line').count()).toBe(5);
    if (device === 'phone') expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await shot(page, 'progress', { fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ['en', 'desktop'],
    ['nl', 'phone'],
  ] as [UiLanguage, Device][])('assessment, keyboard only: %s on a %s', async (language, device) => {
    const words = WORDS[language];
    const shot = screenshotSet(`assessment-${language}-${device}`);
    const page = await open(language, device);
    await startByKeyboard(page, words, 'assessment', device, shot);

    // The mode is explained before the first reply, at the top, in view.
    const note = page.getByRole('note').filter({ hasText: words.assessmentNote });
    const noteBox = await note.boundingBox();
    const opening = await page.locator('.msg-persona').first().boundingBox();
    expect(noteBox!.y).toBeLessThan(opening!.y);
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(device === 'phone' ? 844 : 900);
    await shot(page, 'conversation-start');

    // The mood shows only as words: no gauges, no figures that give the score away.
    const noFigures = async () => {
      expect(await page.locator('.mood meter').count()).toBe(0);
      expect(await page.locator('.mood').textContent()).not.toMatch(/\d/);
      expect(await page.locator('.mood').textContent()).toContain(words.persona);
    };
    await noFigures();
    const before = await sendByKeyboard(page, words, device, words.replies[0]);
    await answered(page, before);
    await noFigures();
    expect(await page.locator('details.feedback').count()).toBe(0);
    await expectAnswerAndReplyBoxInView(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'reply-1');

    await tabTo(page, page.getByRole('button', { name: words.end }), { backwards: true });
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: words.confirm }));
    await page.keyboard.press('Enter');
    await page.locator('svg.chart-bars').waitFor();
    await shot(page, 'report', { fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ['en', 'desktop'],
    ['nl', 'phone'],
  ] as const)(
    'switching language mid-conversation says plainly that it keeps its language: %s session on a %s',
    async (language, device) => {
      const words = WORDS[language];
      const other = WORDS[words.otherLanguage];
      const shot = screenshotSet(`language-switch-${language}-${device}`);
      const page = await open(language, device);
      await startByKeyboard(page, words, 'practice', device);
      const before = await sendByKeyboard(page, words, device, words.replies[0]);
      await answered(page, before);

      // Switched from the keyboard: the select is reached by Tab and changed with the arrow keys.
      await tabTo(page, page.locator('#language-select'), { backwards: true });
      await page.keyboard.press(words.otherLanguage === 'nl' ? 'ArrowDown' : 'ArrowUp');
      await page.getByRole('textbox', { name: other.reply }).waitFor();
      const note = page.getByRole('note').filter({ hasText: words.keepsLanguage });
      expect(await note.count()).toBe(1);
      // The focus stays on the language control, and the note that explains is in view.
      expect(await page.locator('#language-select').evaluate((e) => e === document.activeElement)).toBe(true);
      const noteBox = await note.boundingBox();
      expect(noteBox!.y).toBeGreaterThanOrEqual(0);
      expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(device === 'phone' ? 844 : 900);
      // What the session wrote is marked as its language; the interface around it is the other one.
      expect(await page.locator('html').getAttribute('lang')).toBe(words.otherLanguage);
      for (const element of await page.locator('.bubble, .criterion-feedback').all())
        expect(await element.getAttribute('lang')).toBe(language);
      expect(await page.locator('.goal').getAttribute('lang')).toBe(language);
      expect(await page.locator('h1').getAttribute('lang')).toBe(language);
      expect(await page.locator('.feedback-title').first().textContent()).toBe(other.feedback);
      const link = page.locator('.notice-language a');
      expect(await link.getAttribute('href')).toMatch(/^#\/scenario\//);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, 'switched');
      expect(pageErrors).toEqual([]);
    },
  );
});
