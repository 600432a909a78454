import { readFileSync } from 'node:fs';
import { fake, startFakeOpenAI } from '../fake-openai.ts';
import { spawnServer } from '../process.ts';
import { createSession, LEARNER_REPLIES, PERSONA_REPLY, streamTurn } from '../session-client.ts';
import { SCENARIOS_DIR } from './coach.ts';
import { benchDatabases } from './databases.ts';
import { pool } from './stats.ts';

// The CPU a turn costs the coach: the coach as its own process (as `npm start` runs it), warmed up, then loads of
// `--sessions N` (default 100) sessions streaming 3 turns each at once, `--loads N` times (default 2); its CPU
// read from the system before and after each load (the whole process, and its main thread alone), divided by
// the turns. Less moved by other work on the machine than a time is: for measuring a change to the turn path
// back to back with the commit before it, in alternating processes.
// `npx tsx test/bench/turn-cpu.ts [--postgres] [--sessions N] [--loads N]`

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SESSIONS = arg('--sessions', 100);
const LOADS = arg('--loads', 2);
const TURNS = 3;
const postgresUrl = process.argv.includes('--postgres') ? process.env.TEST_DATABASE_URL : undefined;

/** The clock ticks a process (or one of its threads) has run, in user and system mode, as ms. */
function cpuMs(pid: number, thread = pid): number {
  const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
  // The fields after the command's name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

/** The whole process: every thread, those ended included. */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const after = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
  return ((Number(after[11]) + Number(after[12])) * 1000) / 100;
}

const startSessions = (url: string, sessions: number) =>
  pool(
    Array.from({ length: sessions }, (_, i) => i),
    20,
    () => createSession(url),
  );

/** Streams the turns of every session at once; the errors. */
async function load(url: string, ids: string[]) {
  let errors = 0;
  await Promise.all(
    ids.map(async (id) => {
      for (let turn = 0; turn < TURNS; turn++) {
        const result = await streamTurn(url, id, LEARNER_REPLIES[turn % LEARNER_REPLIES.length]!);
        if (result.events.at(-1)?.event !== 'done') errors++;
      }
    }),
  );
  return errors;
}

const upstream = await startFakeOpenAI({
  handler: () => fake.text(PERSONA_REPLY, { firstTokenDelayMs: 40 }),
});
const databases = benchDatabases(postgresUrl);
const server = spawnServer({
  ...(await databases.fresh('turn-cpu')),
  SCENARIOS_DIR,
  OPENAI_BASE_URL: upstream.url,
  ROLEPLAY_MODEL: 'fake',
  MAX_TURNS_PER_SESSION: '1000',
});
try {
  const url = await server.listening;
  await server.ready;
  const pid = server.child.pid!;
  await load(url, await startSessions(url, 20));
  for (let round = 0; round < LOADS; round++) {
    // Started before the CPU is read: the turns alone are measured.
    const ids = await startSessions(url, SESSIONS);
    const before = { all: processCpuMs(pid), main: cpuMs(pid) };
    const started = performance.now();
    const errors = await load(url, ids);
    const seconds = (performance.now() - started) / 1000;
    const turns = SESSIONS * TURNS;
    const all = (processCpuMs(pid) - before.all) / turns;
    const main = (cpuMs(pid) - before.main) / turns;
    console.log(
      JSON.stringify({
        cpuMsPerTurn: Number(all.toFixed(2)),
        mainThreadMsPerTurn: Number(main.toFixed(2)),
        turnsPerSecond: Number((turns / seconds).toFixed(1)),
        errors,
      }),
    );
  }
} finally {
  server.child.kill('SIGTERM');
  await server.exited;
  await upstream.close();
  await databases.close();
}
