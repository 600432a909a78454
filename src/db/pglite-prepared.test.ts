import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withPreparedStatements } from './pglite-prepared.ts';

describe('PGlite with each statement prepared once', () => {
  let pg: PGlite;
  let prepared: ReturnType<typeof withPreparedStatements>;
  const statements = async () =>
    (await pg.query<{ name: string }>(`select name from pg_prepared_statements where name like 'rehearse_%'`))
      .rows;

  beforeAll(async () => {
    // The migrated template the suite makes once: a new data dir would take seconds to make.
    pg = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    prepared = withPreparedStatements(pg);
    await pg.exec(
      'create table notes (id serial primary key, body text not null, meta jsonb, at timestamptz)',
    );
  });
  afterAll(async () => {
    if (!pg.closed) await pg.close();
  });

  it('answers as PGlite does, and prepares a text once however often it runs', async () => {
    const insert = 'insert into notes (body, meta, at) values ($1, $2, $3) returning id, body, meta, at';
    const at = '2026-12-03T08:00:00.000Z';
    for (const body of ['one', 'two', 'three']) {
      const own = await prepared.query(insert, [body, JSON.stringify({ body }), at]);
      expect(own.rows).toEqual([{ id: expect.any(Number), body, meta: { body }, at: new Date(at) }]);
      expect(own.affectedRows).toBe(1);
    }
    const select = 'select body, at from notes where body = $1';
    const theirs = await pg.query(select, ['two'], { rowMode: 'array', parsers: { 1184: (text) => text } });
    const ours = await prepared.query(select, ['two'], {
      rowMode: 'array',
      parsers: { 1184: (text) => text },
    });
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.fields).toEqual(theirs.fields);
    expect((await statements()).length).toBe(2);
  });

  it('fails a statement with the database error, and runs the next one', async () => {
    await expect(prepared.query('insert into notes (body) values ($1)', [null])).rejects.toThrow(
      /null value/,
    );
    await expect(prepared.query('select nonsense from notes')).rejects.toThrow(/nonsense/);
    expect((await prepared.query('select count(*)::int as n from notes')).rows).toEqual([{ n: 3 }]);
  });

  it('runs in a transaction, which commits or rolls back whole', async () => {
    const count = async () =>
      (await prepared.query<{ n: number }>('select count(*)::int as n from notes')).rows[0]!.n;
    const before = await count();
    await prepared.transaction(async (tx) => {
      await tx.query('insert into notes (body) values ($1)', ['kept']);
    });
    await expect(
      prepared.transaction(async (tx) => {
        await tx.query('insert into notes (body) values ($1)', ['dropped']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count()).toBe(before + 1);
    // A query outside waits for the transaction under way, as PGlite's own does.
    let inside = 0;
    const tx = prepared.transaction(async (t) => {
      await t.query('insert into notes (body) values ($1)', ['first']);
      await new Promise((done) => setTimeout(done, 20));
      inside = (await t.query<{ n: number }>('select count(*)::int as n from notes')).rows[0]!.n;
    });
    const outside = await count();
    await tx;
    expect(outside).toBe(inside);
  });

  it('keeps a bounded number of statements prepared', async () => {
    for (let i = 0; i < 210; i++) await prepared.query(`select ${i} as n`);
    expect((await statements()).length).toBeLessThanOrEqual(200);
    expect((await prepared.query('select 3 as n')).rows).toEqual([{ n: 3 }]);
  });

  it('says the database is closed once it is', async () => {
    await pg.close();
    await expect(prepared.query('select 1')).rejects.toThrow('PGlite is closed');
  });
});
