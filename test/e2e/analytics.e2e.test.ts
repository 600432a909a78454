import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyStore } from '../../src/auth/key-store.ts';
import { createRehearseClient } from '../../src/client/index.ts';
import { databaseKinds } from '../db.ts';
import { startTestServer } from '../harness.ts';
import {
  type Device,
  launchChromium,
  newContext,
  screenshotSet,
  scrollWidth,
  seriousA11yViolations,
  type UiLanguage,
} from './browser.ts';

// The analytics page in Chromium over sessions held through the API, as an LMS holds them, in a consumer of
// its own (so a persistent database's other rows never count): five learners rehearse a scenario in three
// weeks, three learners another one. The server's clock is set back for each week's sessions, to the Wednesday
// noon of that week: no run near midnight or a weekend can split a week. On PostgreSQL when the run has one.

const DAY_MS = 24 * 60 * 60 * 1000;
const SHOWN = 'saying-no-extra-project';
const FEW = 'nee-zeggen-extra-project';
/** As the library names them: the page shows the title, the id beneath it. */
const TITLES = {
  [SHOWN]: 'Saying no to an extra client project',
  [FEW]: 'Nee zeggen tegen een extra klantproject',
};
const REPLIES = {
  [SHOWN]: [
    'Okay.',
    'No.',
    'I can hear you are stressed.',
    "That was my part, I own it. I hear the pressure you're under, Mark. No, we can't do June, but I'll call Helen with you Thursday at ten.",
  ],
  [FEW]: [
    'Oké.',
    'Ik hoor dat je gestrest bent.',
    'Dat was mijn deel, daar sta ik voor. Nee, juni lukt niet, maar ik bel donderdag om tien met je Ingrid.',
  ],
};

/** Wednesday noon (UTC) of the week `weeksBack` weeks before this one. */
function wednesdayOf(weeksBack: number, now = new Date()) {
  const monday =
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
    ((now.getUTCDay() + 6) % 7) * DAY_MS;
  return monday - weeksBack * 7 * DAY_MS + 2.5 * DAY_MS;
}

const TEXT = {
  en: {
    title: 'Analytics',
    withheld: 'Fewer than 5 learners: not shown, it could identify people.',
    learners: 'Learners',
    moodDrop: /^Reply \d+: trust fell \d+ times \(\d+% of the replies there\)$/,
    csv: 'CSV: per scenario',
    period: 'Period',
    forbidden:
      'This API key may not read the analytics: it needs the analytics scope. Ask the server’s operator to grant it.',
    empty: 'No sessions in this period yet. When your learners rehearse, their figures appear here.',
  },
  nl: {
    title: 'Analyse',
    withheld:
      'Minder dan 5 deelnemers: niet getoond, omdat de cijfers mensen herkenbaar zouden kunnen maken.',
    learners: 'Deelnemers',
    moodDrop: /^Antwoord \d+: het vertrouwen daalde \d+ keer \(\d+% van de antwoorden op dat punt\)$/,
    csv: 'CSV: per scenario',
    period: 'Periode',
    forbidden:
      'Deze API-sleutel heeft geen toegang tot de analyse: daarvoor is de scope analytics nodig. Vraag de beheerder van de server om die toe te kennen.',
    empty: 'Nog geen gesprekken in deze periode. Zodra je deelnemers oefenen, verschijnen hun cijfers hier.',
  },
} as const;

/** `expect.poll` with room for a busy machine: the whole suite runs beside this file. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe('the analytics page in Chromium', { timeout: 180_000 }, () => {
  let offset = 0;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let keys: { analytics: string; learner: string; nothing: string };
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      kind: databaseKinds().at(-1),
      clock: () => new Date(Date.now() + offset),
      // Every request of the setup in one key's window: its rate limit is not what is tested here.
      env: { AUTH: 'api-key', RATE_LIMIT_PER_MIN: '100000' },
    });
    const store = createKeyStore(server.deps.db.db);
    const bi = await store.create({ name: 'BI', scopes: ['analytics'] });
    const lms = await store.create({ name: 'LMS', tenantId: bi.tenantId, scopes: ['learner'] });
    const other = await store.create({ name: 'BI of a consumer without sessions', scopes: ['analytics'] });
    keys = { analytics: bi.key, learner: lms.key, nothing: other.key };

    const client = createRehearseClient(server.url, { apiKey: lms.key });
    const learners = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix}-${i}-${crypto.randomUUID()}`);
    const rehearse = async (scenarioId: keyof typeof REPLIES, learnerId: string) => {
      const session = await client.createSession({ scenarioId, learnerId, mode: 'practice' });
      for (const reply of REPLIES[scenarioId]) {
        const answer = await client.takeTurn(session.id, reply);
        if (answer.sessionStatus === 'ended') break;
      }
      await client.endSession(session.id);
    };
    const five = learners('learner', 5);
    const three = learners('leerling', 3);
    for (const weeksBack of [5, 2, 1]) {
      offset = wednesdayOf(weeksBack) - Date.now();
      for (const learner of five) await rehearse(SHOWN, learner);
      if (weeksBack === 1) for (const learner of three) await rehearse(FEW, learner);
    }
    offset = 0;

    browser = await launchChromium();
    // The pages' bundles are made when first asked for: made here, not within a page's first load.
    expect((await fetch(`${server.url}/studio/analytics`)).status).toBe(200);
    expect((await fetch(`${server.url}/studio`)).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function open(language: UiLanguage, key: string, device: Device = 'desktop', search = '') {
    const context = await newContext(browser, language, device);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/studio/analytics${search}#key=${key}`);
    return page;
  }

  const card = (page: Page, scenarioId: string) =>
    page.locator(`.scenario-card[data-scenario="${scenarioId}"]`);
  const figure = (page: Page, name: string) =>
    card(page, SHOWN).locator(`[data-figure="${name}"] dd`).textContent();

  it.each(['en', 'nl'] as const)(
    'shows the figures per scenario and the weekly trend as charts, and withholds a small group (%s, 1280 px)',
    async (language) => {
      const text = TEXT[language];
      const page = await open(language, keys.analytics);
      const shot = screenshotSet(`analytics-${language}-desktop`);
      await poll(() => card(page, SHOWN).getAttribute('data-shown')).toBe('true');
      expect(await page.locator('h1').textContent()).toBe(text.title);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      // The key left the address bar at once.
      expect(new URL(page.url()).hash).toBe('');

      // Each card is headed by the scenario's title, in the scenario's own language, its id beneath.
      for (const id of [SHOWN, FEW] as const) {
        expect(await card(page, id).locator('h3').textContent()).toBe(TITLES[id]);
        expect(await card(page, id).locator('.scenario-id').textContent()).toBe(id);
      }
      expect(await card(page, FEW).locator('h3').getAttribute('lang')).toBe('nl');
      expect(await card(page, SHOWN).locator('[data-figure="learners"] dt').textContent()).toBe(
        text.learners,
      );
      expect(await figure(page, 'learners')).toBe('5');
      expect(await figure(page, 'started')).toBe('15');
      expect(await figure(page, 'finished')).toBe('15');
      expect(Number((await figure(page, 'median-turns'))?.replace(',', '.'))).toBeGreaterThan(0);
      // The mean per principle as bars, one per principle.
      await poll(() => card(page, SHOWN).locator('svg.chart-bars rect.chart-bar').count()).toBe(5);
      expect(await card(page, SHOWN).locator('.part-goals li').count()).toBeGreaterThan(0);
      // 'No.' as the second reply loses the persona's trust in every session.
      expect(await card(page, SHOWN).locator('.part-mood-drops li').first().textContent()).toMatch(
        text.moodDrop,
      );

      // Three learners: nothing of theirs is shown, and the page says why.
      const few = card(page, FEW);
      expect(await few.getAttribute('data-shown')).toBe('false');
      expect(await few.locator('.withheld').textContent()).toBe(text.withheld);
      expect(await few.locator('.figures, svg').count()).toBe(0);

      // The trend over the weeks: three weeks shown, the two between them a gap in the line.
      const trend = page.locator('.trend-card svg.chart-line').first();
      await poll(() => trend.locator('circle.chart-dot').count()).toBe(3);
      expect(await trend.locator('path.chart-path').count()).toBe(1);
      expect(await page.locator('.trend-card').count()).toBe(5);

      expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(page, 'figures', { fullPage: true });
      expect(pageErrors).toEqual([]);
    },
  );

  it('chooses the period: four weeks leave the oldest week out', async () => {
    const page = await open('en', keys.analytics);
    await poll(() => figure(page, 'started')).toBe('15');
    await page.getByLabel('Period').selectOption('4');
    await poll(() => figure(page, 'started')).toBe('10');
    expect(new URL(page.url()).searchParams.get('weeks')).toBe('4');
    await poll(() =>
      page.locator('.trend-card svg.chart-line').first().locator('circle.chart-dot').count(),
    ).toBe(2);
    // The period is in the address: opened again, the page keeps it.
    const again = await open('en', keys.analytics, 'desktop', '?weeks=4');
    await poll(() => figure(again, 'started')).toBe('10');
    expect(await again.getByLabel('Period').inputValue()).toBe('4');
  });

  it('downloads the figures as CSV', async () => {
    const page = await open('en', keys.analytics);
    await poll(() => card(page, SHOWN).getAttribute('data-shown')).toBe('true');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: TEXT.en.csv }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rehearse-scenarios-12-weeks.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(csv[0]).toMatch(
      /^scenarioId,title,language,learners,sessionsStarted,sessionsFinished,medianTurns,mean:/,
    );
    // The withheld scenario: named, and none of its 13 figures.
    expect(csv).toContain([FEW, TITLES[FEW], 'nl', ...Array(13).fill('')].join(','));
    expect(csv.find((line) => line.startsWith(`${SHOWN},`))).toMatch(
      new RegExp(`^${SHOWN},${TITLES[SHOWN]},en,5,15,15,`),
    );
    await poll(() => page.locator('.export-status').textContent()).toBe(
      'rehearse-scenarios-12-weeks.csv downloaded.',
    );

    const [weekly] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV: per principle and week' }).click(),
    ]);
    const lines = (await readFile((await weekly.path())!, 'utf8')).trim().split('\r\n');
    expect(lines[0]).toBe('principle,week,learners,mean');
    expect(lines.length).toBeGreaterThan(3);
  });

  it.each(['en', 'nl'] as const)(
    'links the studio and the analytics page both ways, handing the key on in the fragment (%s)',
    async (language) => {
      const words = { en: ['Analytics', 'Scenario studio'], nl: ['Analyse', 'Scenariostudio'] }[language];
      const context = await newContext(browser, language, 'desktop');
      contexts.push(context);
      // The studio refuses this key (it lacks the author scope); its header is there all the same.
      const studio = await context.newPage();
      await studio.goto(`${server.url}/studio#key=${keys.analytics}`);
      const toAnalytics = studio.locator('.site-nav a', { hasText: words[0] });
      // The link holds the plain path, so copying it never copies the key; following it hands the key on.
      await poll(() => toAnalytics.getAttribute('href')).toBe('/studio/analytics');
      expect(new URL(studio.url()).hash).toBe('');

      await toAnalytics.click();
      await poll(() => card(studio, SHOWN).getAttribute('data-shown')).toBe('true');
      expect(new URL(studio.url()).pathname).toBe('/studio/analytics');
      expect(new URL(studio.url()).hash).toBe('');
      expect(await studio.locator('.site-nav a', { hasText: words[1] }).getAttribute('href')).toBe('/studio');
    },
  );

  it.each(['en', 'nl'] as const)(
    'tells a key without the analytics scope which scope it needs (%s)',
    async (language) => {
      const page = await open(language, keys.learner);
      const access = page.locator('.analytics-access');
      await poll(() => access.isVisible()).toBe(true);
      expect(await access.textContent()).toBe(TEXT[language].forbidden);
      expect(await page.locator('.scenario-card').count()).toBe(0);
      expect(await page.locator('.analytics-controls').isVisible()).toBe(false);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshotSet(`analytics-${language}-forbidden`)(page, 'forbidden');
    },
  );

  it('says so when there is nothing yet, and fits a phone', async () => {
    const empty = await open('nl', keys.nothing, 'phone');
    const notice = empty.locator('.analytics-empty');
    await poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toBe(TEXT.nl.empty);
    expect(await seriousA11yViolations(empty)).toEqual([]);

    const page = await open('en', keys.analytics, 'phone');
    await poll(() => card(page, SHOWN).locator('svg.chart-bars').count()).toBe(1);
    await poll(() => page.locator('.trend-card svg.chart-line').count()).toBeGreaterThan(0);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshotSet('analytics-en-phone')(page, 'figures', { fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
