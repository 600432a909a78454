import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createScriptedRolePlayer, RolePlayError, type RolePlayer } from '../../src/roleplay/index.ts';
import { findBrowser, NO_BROWSER } from '../find-browser.ts';

// What the browser tests share: the browser, the devices, a role-player with cue words, axe, keyboard
// and screenshot helpers.

export const MARKUP = '<img src=x onerror=alert(1)> <b>bold</b>';

export async function launchChromium(): Promise<Browser> {
  // The test run leaves these files out when there is no browser (vitest.config.ts).
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(NO_BROWSER);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export type Device = 'desktop' | 'phone';
export type UiLanguage = 'en' | 'nl';

/** A desktop at 1280×900 with a mouse; a phone at 390×844 with a touch screen. */
export function newContext(browser: Browser, language: UiLanguage, device: Device): Promise<BrowserContext> {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return device === 'phone'
    ? browser.newContext({ locale, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    : browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
}

/**
 * The scripted persona, except on cue words in the learner's reply: `[markup]` makes the persona answer
 * with HTML (streamed in pieces), `[fail]` makes the upstream fail once after the learner turn was
 * stored, and `[slow]` streams the scripted answer in pieces with pauses, so a test can act meanwhile.
 */
export function testRolePlayer(): RolePlayer {
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
      if (last.includes('[slow]')) {
        const answer = await scripted.respond(input, { ...options, onDelta: () => {} });
        for (const piece of answer.text.match(/.{1,12}/gs) ?? []) {
          options.onDelta(piece);
          await new Promise((resolve) => setTimeout(resolve, 120));
        }
        return answer;
      }
      return scripted.respond(input, options);
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousA11yViolations(page: Page) {
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

export const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Controls on screen less than 44 px tall: too small for a finger. */
export function smallTargets(page: Page) {
  return page
    .locator(
      'button:visible, summary:visible, select:visible, .site-nav a:visible, a.button:visible, .segment label:visible, .choice label:visible',
    )
    .evaluateAll((elements) =>
      elements
        .map((element) => ({ element, height: element.getBoundingClientRect().height }))
        .filter(({ height }) => height < 43.5)
        .map(({ element, height }) => `${element.tagName} "${element.textContent?.trim()}" ${height}px`),
    );
}

/** Presses Tab until `target` has the focus: proof that the keyboard reaches it, in page order. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Waits until the newest persona bubble has stopped streaming. */
export async function answered(page: Page, before: number) {
  await expect
    .poll(() => page.locator('.msg-persona:not(.streaming)').count(), { timeout: 10_000 })
    .toBeGreaterThan(before);
}

export async function sendReply(
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
  await answered(page, before);
}

async function post(url: string, path: string, body: unknown) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** A whole conversation held over the API (as an LMS would) and ended: its session id and replies taken. */
export async function rehearse(
  url: string,
  input: {
    scenarioId: string;
    mode: 'practice' | 'assessment';
    learnerId: string;
    replies: readonly string[];
  },
) {
  const session = await post(url, '/v1/sessions', {
    scenarioId: input.scenarioId,
    mode: input.mode,
    learnerId: input.learnerId,
  });
  let taken = 0;
  for (const content of input.replies) {
    const answer = await post(url, `/v1/sessions/${session.id}/turns`, { content });
    taken++;
    // The persona closes once the conversation reached its goal: the session has ended then.
    if (answer.sessionStatus === 'ended') break;
  }
  await post(url, `/v1/sessions/${session.id}/end`, {});
  return { id: session.id as string, taken };
}

const SCREENSHOTS = fileURLToPath(new URL('../../tmp/e2e-screenshots/', import.meta.url));

/**
 * Screenshots of a flow for review, numbered in the order taken, into a git-ignored folder:
 * tmp/e2e-screenshots/<flow>/NN-<step>.png.
 */
export function screenshotSet(flow: string) {
  const dir = `${SCREENSHOTS}${flow}/`;
  // A fresh folder per run: no picture from an older run is mistaken for this one.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page: Page, step: string, options: { fullPage?: boolean } = {}) => {
    n += 1;
    await page.screenshot({ path: `${dir}${String(n).padStart(2, '0')}-${step}.png`, ...options });
  };
}
