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
// With `--against DIR` (another checkout, its dependencies installed) that checkout's coach runs beside this one and
// each load streams to both at once: the two see the same machine, so on a machine loaded by other work their ratio
// load by load moves far less than either figure does from one run to the next.
// `npx tsx test/bench/turn-cpu.ts [--postgres] [--sessions N] [--loads N] [--against DIR]`

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

const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? process.argv[againstAt + 1] : undefined;

type Coach = { name: string; url: string; pid: number; stop: () => Promise<unknown> };

async function startCoach(name: string, root?: string): Promise<Coach> {
  const server = spawnServer(
    {
      ...(await databases.fresh(`turn-cpu-${name}`)),
      SCENARIOS_DIR,
      OPENAI_BASE_URL: upstream.url,
      ROLEPLAY_MODEL: 'fake',
      MAX_TURNS_PER_SESSION: '1000',
    },
    undefined,
    [],
    root,
  );
  const url = await server.listening;
  await server.ready;
  return {
    name,
    url,
    pid: server.child.pid!,
    stop: () => {
      server.child.kill('SIGTERM');
      return server.exited;
    },
  };
}

/** One load on a coach: its CPU per turn (the process, its main thread), turns per second and errors. */
async function measure(coach: Coach) {
  // Started before the CPU is read: the turns alone are measured.
  const ids = await startSessions(coach.url, SESSIONS);
  const before = { all: processCpuMs(coach.pid), main: cpuMs(coach.pid) };
  const started = performance.now();
  const errors = await load(coach.url, ids);
  const seconds = (performance.now() - started) / 1000;
  const turns = SESSIONS * TURNS;
  return {
    cpuMsPerTurn: Number(((processCpuMs(coach.pid) - before.all) / turns).toFixed(2)),
    mainThreadMsPerTurn: Number(((cpuMs(coach.pid) - before.main) / turns).toFixed(2)),
    turnsPerSecond: Number((turns / seconds).toFixed(1)),
    errors,
  };
}

const upstream = await startFakeOpenAI({
  handler: () => fake.text(PERSONA_REPLY, { firstTokenDelayMs: 40 }),
});
const databases = benchDatabases(postgresUrl);
const coaches: Coach[] = [];
try {
  coaches.push(await startCoach('this'));
  if (against) coaches.push(await startCoach('against', against));
  for (const coach of coaches) await load(coach.url, await startSessions(coach.url, 20));
  for (let round = 0; round < LOADS; round++) {
    const [mine, theirs] = await Promise.all(coaches.map(measure));
    if (!theirs) console.log(JSON.stringify(mine));
    else {
      const ratio = (key: 'cpuMsPerTurn' | 'mainThreadMsPerTurn') =>
        Number((mine![key] / theirs[key]).toFixed(3));
      console.log(
        JSON.stringify({
          this: mine,
          against: theirs,
          ratio: { cpuMsPerTurn: ratio('cpuMsPerTurn'), mainThreadMsPerTurn: ratio('mainThreadMsPerTurn') },
        }),
      );
    }
  }
} finally {
  await Promise.all(coaches.map((coach) => coach.stop()));
  await upstream.close();
  await databases.close();
}
