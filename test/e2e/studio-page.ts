import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createStudioTestApp } from '../studio.ts';
import { newContext, type UiLanguage } from './browser.ts';

// What the studio's browser tests share: the app on a port over its own copy of the library, pages in either
// language, and the moves in the editor.

/** The studio app (see test/studio.ts) on a real port. */
export async function startStudio(env: Record<string, string> = {}) {
  const studio = await createStudioTestApp(env);
  const server = serve({ fetch: studio.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((ready) => server.once('listening', () => ready()));
  return {
    studio,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await studio.close();
    },
  };
}

/** Studio pages at `url`, each in a context of its own; dialogs are answered yes, page errors collected. */
export function studioPages(browser: Browser, url: string) {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    errors,
    async open(language: UiLanguage, device: 'desktop' | 'phone' = 'desktop', path = '/studio') {
      const context = await newContext(browser, language, device);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(`${url}${path}`);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
    },
  };
}

/** Whether the editor shows a line with `text` (it draws the lines in view: those at the top here). */
export const showsLine = async (page: Page, text: string) =>
  (await page.locator('.cm-line', { hasText: text }).count()) > 0;

/** Puts the cursor at the end of the last line showing `text`, looked for from the top or from the end. */
export async function cursorAfter(page: Page, text: string, from: 'start' | 'end' = 'start') {
  await page.locator('.cm-content').focus();
  await page.keyboard.press(from === 'start' ? 'Control+Home' : 'Control+End');
  const line = page.locator('.cm-line', { hasText: text });
  await poll(() => line.count()).toBeGreaterThan(0);
  await line.last().click();
  await page.keyboard.press('End');
}

/** Opens `file` from the file bar and waits for its text. */
export async function openFile(page: Page, file: string, labels = { file: 'Scenario file', open: 'Open' }) {
  await page.getByLabel(labels.file).selectOption(file);
  await page.getByRole('button', { name: labels.open, exact: true }).click();
  const id = file
    .split('/')
    .at(-1)!
    .replace(/\.yaml$/, '');
  await expect
    .poll(() => page.locator('.cm-content').textContent(), { timeout: 20_000 })
    .toContain(`id: ${id}`);
}

/** `expect.poll` with room for a busy machine: a check or a save can take seconds while the suite runs. */
export const poll = <T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) =>
  expect.poll(read, { timeout: 20_000, ...options });
