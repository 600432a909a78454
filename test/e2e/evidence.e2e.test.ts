import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreHeuristic } from '../../src/rubric/index.ts';
import type { Judge } from '../../src/rubric/judge.ts';
import type { Evidence } from '../../src/rubric/types.ts';
import { startTestServer } from '../harness.ts';
import {
  type Device,
  launchChromium,
  newContext,
  screenshotSet,
  seriousA11yViolations,
  testRolePlayer,
  type UiLanguage,
} from './browser.ts';

// How the evidence shows in the reply: whole words, one mark where spans overlap, and points earned
// told apart from points lost by an icon and words as well as by colour. The rubric here is a judge
// that cites the reply as an LLM might: a span cut off inside a word, two spans overlapping, one
// span that cost points and spans without a polarity (which count as earned). It answers after the persona
// has begun, as a real judge does, so the feedback reaches the page after the persona's first words.

const CASES = {
  en: {
    scenario: 'saying-no-extra-project',
    reply: "I can hear you're worried, and maybe we could perhaps look at it later.",
    cut: 'I can hear you',
    overlap: "hear you're worried",
    cost: 'maybe we could perhaps',
    earnedMark: "I can hear you're worried",
    cutWhole: "I can hear you're",
    words: { earned: 'Earns points', cost: 'Costs points' },
  },
  nl: {
    scenario: 'nee-zeggen-extra-project',
    reply: 'Ik hoor dat je teleurgesteld bent, en misschien kunnen we het eventueel later bekijken.',
    cut: 'Ik hoor dat je teleur',
    overlap: 'je teleurgesteld bent',
    cost: 'misschien kunnen we het eventueel',
    earnedMark: 'Ik hoor dat je teleurgesteld bent',
    cutWhole: 'Ik hoor dat je teleurgesteld',
    words: { earned: 'Levert punten op', cost: 'Kost punten' },
  },
} as const;

const JUDGE_MS = 400;

function citingJudge(): Judge {
  return {
    async score(input) {
      await new Promise((resolve) => setTimeout(resolve, JUDGE_MS));
      const result = scoreHeuristic(input);
      const language = input.language as UiLanguage;
      const words = CASES[language];
      // Without a polarity, an item is as the rubric stored it before evidence carried one.
      const at = (quote: string, polarity?: 'earned' | 'cost'): Evidence[] => {
        const start = input.reply.indexOf(quote);
        if (start === -1) return [];
        return [{ quote, start, end: start + quote.length, ...(polarity ? { polarity } : {}) } as Evidence];
      };
      const evidence: Partial<Record<string, Evidence[]>> = {
        connection: at(words.cut),
        'self-leadership': at(words.overlap, 'earned'),
        clarity: at(words.cost, 'cost'),
      };
      return {
        ...result,
        engine: 'llm',
        criteria: result.criteria.map((criterion) => {
          const cited = evidence[criterion.id];
          if (!cited) return { ...criterion, evidence: [] };
          return { ...criterion, score: criterion.id === 'clarity' ? 1 : 3, evidence: cited };
        }),
      };
    },
  };
}

describe('evidence in the reply, in Chromium', { timeout: 120_000 }, () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ rolePlayer: testRolePlayer(), judge: citingJudge() });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['en', 'desktop'],
    ['nl', 'phone'],
  ] as [UiLanguage, Device][])('%s on a %s', async (language, device) => {
    const input = CASES[language];
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    const session = await fetch(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: input.scenario }),
    }).then((r) => r.json());
    await page.goto(`${server.url}/#/session/${session.id}`);
    const box = page.locator('textarea');
    await box.fill(input.reply);
    // What shows first: the persona's words or the feedback.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        if (!seen.includes('persona') && document.querySelector('.msg-persona[data-deltas]'))
          seen.push('persona');
        if (!seen.includes('feedback') && document.querySelector('.msg-learner details.feedback'))
          seen.push('feedback');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator('.composer button[type="submit"]').click();
    await page.locator('.msg-learner details.feedback').waitFor();
    // The persona's words came first; the judge's feedback found its reply all the same.
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      'persona',
      'feedback',
    ]);

    const marks = await page.locator('.msg-learner .bubble mark').evaluateAll((items) =>
      items.map((mark) => ({
        words: mark.firstChild?.textContent,
        said: mark.querySelector('.visually-hidden')?.textContent ?? '',
        polarity: mark.getAttribute('data-polarity'),
        principles: mark.getAttribute('data-principles'),
        icon: getComputedStyle(mark, '::before').content,
        line: getComputedStyle(mark).textDecorationStyle,
      })),
    );
    // Cut into a word and overlapping another span: one mark, the whole words, both principles.
    expect(marks.map((mark) => mark.words)).toEqual([input.earnedMark, input.cost]);
    const [earned, cost] = marks;
    expect(earned!.principles).toBe('connection self-leadership');
    expect(earned!.polarity).toBe('earned');
    expect(cost!.polarity).toBe('cost');
    // Not by colour alone: an icon each, a different line, and the words read out.
    expect(earned!.icon).toContain('+');
    expect(cost!.icon).toContain('−');
    expect(cost!.line).toBe('wavy');
    expect(earned!.said).toContain(input.words.earned);
    expect(cost!.said).toContain(input.words.cost);
    // The feedback lists the same pieces, each with its word.
    const clarity = page.locator('.msg-learner .criterion-clarity .evidence-item');
    expect(await clarity.getAttribute('data-polarity')).toBe('cost');
    expect(await clarity.textContent()).toBe(`${input.words.cost}: ${input.cost}`);
    const connection = page.locator('.msg-learner .criterion-connection .evidence-item');
    expect(await connection.textContent()).toBe(`${input.words.earned}: ${input.cutWhole}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet(`evidence-${language}-${device}`)(page, 'reply', { fullPage: true });
  });
});
