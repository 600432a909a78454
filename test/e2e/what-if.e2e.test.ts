import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, fake, startFakeOpenAI } from '../fake-openai.ts';
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

// The practice loop in a real Chromium, in both languages, on a desktop and a phone, with the scripted persona
// and with a model (the fake OpenAI-compatible server, which also phrases the hint): "What if I had said…" plays a golden example and the
// learner's own words beside a reply without changing the conversation; a reply is taken back, the hint asked
// then is for that point, and the reply tried again goes on; the report sets the alternative beside the reply.

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
    own: 'I hear how much is riding on this for you, Mark. What did you promise Hartley exactly?',
    golden: "I can hear you're in a tight spot, Mark",
    whatIf: 'What if I had said…',
    legend: 'What would you have said instead?',
    goldenChoice: 'A golden example',
    ownChoice: 'My own words',
    ownLabel: 'Your own words',
    play: 'Hear the answer',
    whatIfs: (n: number) => `What if… (${n})`,
    yourReply: 'your reply',
    retry: 'Try another reply',
    ask: 'What could I say?',
    hintTitle: 'A hint',
    opening: "I'll be straight with you, Mark: June 1st isn't going to happen.",
    end: 'End conversation',
    confirmEnd: 'End and see report',
    comparisons: 'Tried again',
    counterfactuals: 'What if I had said…',
    youSaid: 'You said',
    whatIfSide: 'What if (your own words)',
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
    own: 'Ik hoor hoeveel er voor je van afhangt, Marco. Wat heb je Bakker precies beloofd?',
    golden: 'Ik hoor dat je klem zit, Marco',
    whatIf: 'Wat als ik had gezegd…',
    legend: 'Wat had je in plaats daarvan willen zeggen?',
    goldenChoice: 'Een voorbeeldantwoord',
    ownChoice: 'Mijn eigen woorden',
    ownLabel: 'Je eigen woorden',
    play: 'Hoor de reactie',
    whatIfs: (n: number) => `Wat als… (${n})`,
    yourReply: 'jouw antwoord',
    retry: 'Probeer een ander antwoord',
    ask: 'Wat zou ik kunnen zeggen?',
    hintTitle: 'Een tip',
    opening: 'Ik ga eerlijk tegen je zijn, Marco: 1 juni gaat niet lukken.',
    end: 'Gesprek afronden',
    confirmEnd: 'Afronden en rapport bekijken',
    comparisons: 'Opnieuw geprobeerd',
    counterfactuals: 'Wat als ik had gezegd…',
    youSaid: 'Jij zei',
    whatIfSide: 'Wat als (je eigen woorden)',
  },
} as const;

type Persona = 'scripted' | 'model';
const WALKS: [Persona, UiLanguage, Device][] = [
  ['scripted', 'en', 'desktop'],
  ['scripted', 'nl', 'phone'],
  ['scripted', 'nl', 'desktop'],
  ['scripted', 'en', 'phone'],
  ['model', 'en', 'desktop'],
  ['model', 'nl', 'phone'],
  ['model', 'nl', 'desktop'],
  ['model', 'en', 'phone'],
];

/** How the model's hints begin. */
const MODEL_HINT = { en: 'Courage now, said the model.', nl: 'Nu moed, zei het model.' };

/** The model's answers, in the session's language: numbered, so a test can tell them from the script's. */
const MODEL_ANSWER = /^(?:I hear you|Ik hoor je) \(\d+\)\. (?:Go on|Ga door)\.$/;

describe('the practice loop in Chromium', { timeout: 120_000 }, () => {
  const servers = {} as Record<Persona, Awaited<ReturnType<typeof startTestServer>>>;
  let upstream: FakeOpenAI;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    let answers = 0;
    upstream = await startFakeOpenAI({
      // The hint's phrasing asks for JSON: a failure leaves the offline hint, which the walk checks.
      handler: (request) => {
        const dutch = JSON.stringify(request.body?.messages ?? []).includes('Marco');
        if (request.body?.response_format) {
          // The hint, phrased: the facts it was handed (the example opening) in the model's words.
          const asked = (request.body.messages as { content: string }[]).map((m) => m.content).join('\n');
          const opening = /Example opening: ([^\n]*)/.exec(asked)?.[1] ?? '';
          return fake.json({ text: `${dutch ? MODEL_HINT.nl : MODEL_HINT.en} ${opening}`, opening });
        }
        const [hear, go] = dutch ? ['Ik hoor je', 'Ga door.'] : ['I hear you', 'Go on.'];
        return fake.text([`${hear} `, `(${++answers}). `, go], { interTokenDelayMs: 5 });
      },
    });
    servers.scripted = await startTestServer({ rolePlayer: testRolePlayer() });
    servers.model = await startTestServer({
      env: { OPENAI_BASE_URL: upstream.url, ROLEPLAY_MODEL: 'fake-persona', LLM_TIMEOUT_MS: '5000' },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await servers.scripted?.close();
    await servers.model?.close();
    await upstream?.close();
  });

  it.each(WALKS)('with the %s persona, %s on a %s', async (persona, language, device) => {
    const t = CASES[language];
    const server = servers[persona];
    const width = device === 'phone' ? 390 : 1280;
    const shot = screenshotSet(`what-if-${persona}-${language}-${device}`);
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const modelSpoke = (text: string | null) => {
      if (persona === 'model') expect(text).toMatch(MODEL_ANSWER);
      else expect(text).not.toMatch(MODEL_ANSWER);
    };

    await page.goto(`${server.url}/#/scenario/${t.scenarioId}`);
    await page.getByRole('radio', { name: t.practice }).check();
    await page.getByRole('button', { name: t.start }).click();
    const box = page.getByRole('textbox', { name: t.reply });
    await box.waitFor();
    await sendReply(page, t.reply, t.poor, 'button', t.send);
    const answer = await page.locator('.msg-persona .bubble-text').last().textContent();
    modelSpoke(answer);

    // What if I had said a golden example: played beside the reply, the conversation as it was.
    await page.getByRole('button', { name: t.whatIf }).click();
    const form = page.getByRole('form', { name: t.legend });
    await form.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'what-if-form');
    await form.getByRole('radio', { name: t.goldenChoice }).check();
    await form.getByRole('button', { name: t.play }).click();
    const played = page.locator('details.what-ifs');
    await played.waitFor();
    expect(await played.locator('summary').textContent()).toBe(t.whatIfs(1));
    const golden = played.locator('.what-if').first();
    expect(await golden.locator('q').textContent()).toMatch(new RegExp(`^${t.golden}`));
    expect(await golden.locator('.what-if-score').textContent()).toContain(t.yourReply);
    expect(await golden.locator('.what-if-mood').textContent()).toMatch(/\d+ → \d+.*\d+ → \d+/);
    modelSpoke(await golden.locator('.what-if-answer span').textContent());
    expect(await page.locator('.msg-learner').count()).toBe(1);
    expect(await page.locator('.msg-persona .bubble-text').last().textContent()).toBe(answer);
    expect(await form.count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await shot(page, 'what-if-golden');

    // Taken back: the hint asked now is for that point (the start), and the reply tried again goes on.
    await page.getByRole('button', { name: t.retry }).click();
    await page.getByRole('button', { name: t.ask }).click();
    const hint = page.getByRole('region', { name: t.hintTitle });
    await hint.waitFor();
    const hintText = await hint.locator('.hint-text').textContent();
    expect(hintText).toContain(t.opening);
    if (persona === 'model') expect(hintText).toMatch(new RegExp(`^${escapeRegExp(MODEL_HINT[language])}`));
    else expect(hintText).not.toContain(MODEL_HINT[language]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'hint-while-retrying');
    await box.fill(t.better);
    await page.getByRole('button', { name: t.send, exact: true }).click();
    await expect
      .poll(async () => page.locator('.msg-learner .bubble-text').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringContaining(t.better.slice(0, 20))]);
    await page.locator('details.attempts').waitFor();
    modelSpoke(await page.locator('.msg-persona .bubble-text').last().textContent());
    expect(await page.locator('.msg-learner .after-hint').count()).toBe(1);

    // What if I had said my own words, at the reply tried again.
    await page.getByRole('button', { name: t.whatIf }).click();
    await form.waitFor();
    await form.getByRole('textbox', { name: t.ownLabel }).fill(t.own);
    expect(await form.getByRole('radio', { name: t.ownChoice }).isChecked()).toBe(true);
    await form.getByRole('button', { name: t.play }).click();
    const mine = page.locator('.msg-learner details.what-ifs .what-if');
    await mine.first().waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.locator('q').textContent()).toBe(t.own);
    modelSpoke(await mine.locator('.what-if-answer span').textContent());
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await shot(page, 'what-if-own');

    // Reloaded, what was played is still there.
    await page.reload();
    await page.locator('details.what-ifs').waitFor();
    expect(await page.locator('.what-if').count()).toBe(1);

    await page.getByRole('button', { name: t.end }).click();
    await page.getByRole('button', { name: t.confirmEnd }).click();
    const panel = page.getByRole('region', { name: t.counterfactuals });
    await panel.waitFor();
    expect(await page.getByRole('region', { name: t.comparisons }).count()).toBe(1);
    const sides = panel.locator('.comparison-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).locator('h4').textContent()).toMatch(new RegExp(`^${t.youSaid} · `));
    expect(await sides.nth(0).locator('.comparison-reply').textContent()).toBe(t.better);
    expect(await sides.nth(1).locator('h4').textContent()).toMatch(
      new RegExp(`^${escapeRegExp(t.whatIfSide)} · `),
    );
    expect(await sides.nth(1).locator('.comparison-reply').textContent()).toBe(t.own);
    modelSpoke(await sides.nth(1).locator('.comparison-answer span').textContent());
    expect(await sides.nth(1).locator('.comparison-mood').textContent()).toMatch(/\d+ → \d+/);
    expect(await panel.locator('tr[data-principle]').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'report');

    expect(pageErrors).toEqual([]);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
