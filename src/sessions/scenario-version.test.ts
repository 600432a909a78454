import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../test/db.ts';
import { createTestApp } from '../../test/harness.ts';
import { createScenarioRegistry, type ScenarioRegistry } from '../scenarios/registry.ts';

// A session finishes on the version of the scenario it started with: editing, unpublishing or deleting the
// file changes what new sessions get, never a session under way.

const fixture = readFileSync(
  new URL('../scenarios/fixtures/fixture-saying-no.yaml', import.meta.url),
  'utf8',
);
const version = (title: string) => fixture.replace('title: Saying no to an extra project', `title: ${title}`);
const REPLY = "I hear you, Sam, and I can't take the project on. What I can do is lend you Priya for a day.";

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const dirs: string[] = [];
const registries: ScenarioRegistry[] = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function library(text?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-version-'));
  dirs.push(dir);
  const file = join(dir, 'fixture-saying-no.yaml');
  if (text) writeFileSync(file, text);
  const scenarios = await createScenarioRegistry({ dir, watch: false });
  registries.push(scenarios);
  return { file, scenarios };
}

describe.each(databaseKinds())('a session under way on %s', (kind) => {
  async function started() {
    const { file, scenarios } = await library(version('Version one'));
    const { app, deps } = await createTestApp({ kind, scenarios });
    const res = await app.request('/v1/sessions', json({ scenarioId: 'fixture-saying-no' }));
    expect(res.status).toBe(201);
    const session = await res.json();
    expect(session.scenarioTitle).toBe('Version one');
    return { app, deps, file, scenarios, session };
  }

  async function finishes(app: Awaited<ReturnType<typeof started>>['app'], id: string) {
    const turn = await app.request(`/v1/sessions/${id}/turns`, json({ content: REPLY }));
    expect(turn.status).toBe(200);
    expect((await turn.json()).persona.status).toBe('complete');
    expect((await (await app.request(`/v1/sessions/${id}`)).json()).scenarioTitle).toBe('Version one');
    const end = await app.request(`/v1/sessions/${id}/end`, { method: 'POST' });
    expect(end.status).toBe(200);
    expect((await end.json()).scenarioTitle).toBe('Version one');
  }

  it('finishes on its version when the file is edited, while new sessions get the new version', async () => {
    const { app, file, scenarios, session } = await started();
    writeFileSync(file, version('Version two'));
    await scenarios.reload();
    const fresh = await app.request('/v1/sessions', json({ scenarioId: 'fixture-saying-no' }));
    expect((await fresh.json()).scenarioTitle).toBe('Version two');
    await finishes(app, session.id);
  });

  it('finishes when the scenario is unpublished, which no new session can start on', async () => {
    const { app, file, scenarios, session } = await started();
    writeFileSync(file, version('Version one').replace('status: published', 'status: draft'));
    await scenarios.reload();
    expect((await app.request('/v1/sessions', json({ scenarioId: 'fixture-saying-no' }))).status).toBe(404);
    await finishes(app, session.id);
  });

  it('finishes when the file is deleted', async () => {
    const { app, file, scenarios, session } = await started();
    unlinkSync(file);
    await scenarios.reload();
    expect(scenarios.get('fixture-saying-no')).toBeUndefined();
    await finishes(app, session.id);
  });

  it('finishes on another instance that never loaded the scenario: the version is in the database', async () => {
    const { deps, session } = await started();
    const { scenarios } = await library();
    const { app: other } = await createTestApp({ kind, db: deps.db, scenarios });
    await finishes(other, session.id);
  });
});
