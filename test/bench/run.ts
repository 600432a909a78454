import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../src/logger.ts';
import { PRINCIPLE_IDS } from '../../src/rubric/index.ts';
import { createScenarioRegistry } from '../../src/scenarios/index.ts';
import { fake, startFakeOpenAI } from '../fake-openai.ts';
import { PERSONA_REPLY } from '../session-client.ts';
import { type Coach, SCENARIOS_DIR, startCoach, startCoachProcess, startRelayProcess } from './coach.ts';
import { benchDatabases } from './databases.ts';
import { benchFirstToken, type FirstTokenResult, lastStreamingRequest } from './first-token.ts';
import { describeMachine } from './machine.ts';
import { benchMemory } from './memory.ts';
import { mb, sampleRss } from './rss.ts';
import { benchRubric } from './rubric.ts';
import { benchStartup } from './startup.ts';
import { type BenchResults, renderTable, renderTurnPathTable } from './table.ts';
import { benchThroughput } from './throughput.ts';
import { benchValidate } from './validate.ts';

// `npm run bench`: every figure measured side by side with its baseline in one run, printed as a table
// and written to test/bench/results.json. A benchmark, not a test: it reports, it never fails on a number.
// `--quick` runs a smaller version of each phase, to check the harness itself; `--table` prints the last
// full run's table from test/bench/results.json. `--postgres` measures the coaches on the PostgreSQL server
// at TEST_DATABASE_URL (a database of its own for each, dropped after) and writes results-postgres.json; the
// start-up figures stay on the embedded database, the one a start has to open itself. `--turn-path` measures only
// the turn path (first token at 1 and 50 sessions, without a judge and with each, and throughput) and prints its
// rows, writing nothing: for measuring a change to the turn path back to back with the commit before it.

const quick = process.argv.includes('--quick');
const turnPathOnly = process.argv.includes('--turn-path');
const postgresUrl = process.argv.includes('--postgres') ? process.env.TEST_DATABASE_URL : undefined;
if (process.argv.includes('--postgres') && !postgresUrl) {
  throw new Error(
    '--postgres needs TEST_DATABASE_URL: a PostgreSQL server where the benchmark may create databases.',
  );
}
const RESULTS = fileURLToPath(
  new URL(postgresUrl ? './results-postgres.json' : './results.json', import.meta.url),
);
export const FIRST_TOKEN_DELAY_MS = 40;
/** The fake LLM judge's answer times: a fast one, and one as slow as a real structured verdict. */
export const JUDGE_DELAYS_MS = [40, 1500];

const plan = {
  rubricRounds: quick ? 3 : 20,
  validateRounds: quick ? 2 : 7,
  // A fresh coach process warms up (its JIT, the database's caches) before anything is measured.
  warmUpWaves: quick ? 1 : 4,
  firstTokenWaves1: quick ? 2 : 40,
  firstTokenWaves50: quick ? 1 : 2,
  // With a judge a turn lasts at least as long as the judge: fewer waves keep the run short.
  judgeWaves1: quick ? 1 : 10,
  loadSessions: quick ? 20 : 100,
  loadTurns: 3,
  memorySessions: quick ? 200 : 5000,
  memoryBatch: quick ? 50 : 500,
  memoryConcurrency: 25,
  startupRepeats: quick ? 1 : 3,
};

/** A structured verdict as an LLM judge gives it. */
const JUDGE_VERDICT = {
  criteria: PRINCIPLE_IDS.map((id) => ({ id, score: 3, quotes: [], costs: [], feedback: 'Judged.' })),
  tips: ['A judged tip.'],
};

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  if (process.argv.includes('--table')) {
    // The last full run's table again, e.g. for the README, without measuring anything.
    const last = JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults;
    process.stdout.write(`${renderTable(last)}\n`);
    return;
  }
  const started = performance.now();
  const offPath = turnPathOnly ? null : await benchOffThePath();

  // The persona streams; a judge (model `fake-judge-<ms>`) answers its structured verdict after <ms>.
  const upstream = await startFakeOpenAI({
    handler: (request) => {
      const judgeMs = /^fake-judge-(\d+)$/.exec(String(request.body?.model))?.[1];
      return judgeMs
        ? { type: 'json', value: JUDGE_VERDICT, firstTokenDelayMs: Number(judgeMs) }
        : fake.text(PERSONA_REPLY, { firstTokenDelayMs: FIRST_TOKEN_DELAY_MS });
    },
  });
  const databases = benchDatabases(postgresUrl);
  let coach: Coach | undefined;
  try {
    const coachProcess = await startCoachProcess({
      database: await databases.fresh('process'),
      upstreamUrl: upstream.url,
    });
    /** The coach with an LLM judge configured, as its own process, measured like the coach without one. */
    const benchWithJudge = async (judgeMs: number, relayUrl: string): Promise<FirstTokenResult[]> => {
      const judgedProcess = await startCoachProcess({
        database: await databases.fresh(`judge-${judgeMs}`),
        upstreamUrl: upstream.url,
        env: { JUDGE_MODEL: `fake-judge-${judgeMs}` },
      });
      try {
        // Warmed up as the coach without a judge is, so the two differ by the judge alone.
        await benchFirstToken({
          coachUrl: judgedProcess.url,
          fake: upstream,
          concurrency: 5,
          waves: plan.warmUpWaves,
        });
        await benchFirstToken({
          coachUrl: judgedProcess.url,
          relayUrl,
          fake: upstream,
          concurrency: 5,
          waves: 1,
        });
        const measure = async (concurrency: number, waves: number) => ({
          ...(await benchFirstToken({
            coachUrl: judgedProcess.url,
            relayUrl,
            fake: upstream,
            concurrency,
            waves,
          })),
          judgeMs,
        });
        return [await measure(1, plan.judgeWaves1), await measure(50, plan.firstTokenWaves50)];
      } finally {
        await judgedProcess.close();
      }
    };
    let relay: Awaited<ReturnType<typeof startRelayProcess>> | undefined;
    let firstToken1: FirstTokenResult;
    let firstToken50: FirstTokenResult;
    const judged: FirstTokenResult[] = [];
    try {
      log('warm-up…');
      // A fresh process: its JIT and PGlite's caches warm up before anything is measured.
      await benchFirstToken({
        coachUrl: coachProcess.url,
        fake: upstream,
        concurrency: 5,
        waves: plan.warmUpWaves,
      });
      // The floor: the same stack relaying the coach's own model request, warmed up the same way.
      relay = await startRelayProcess({ upstreamUrl: upstream.url, request: lastStreamingRequest(upstream) });
      await benchFirstToken({
        coachUrl: coachProcess.url,
        relayUrl: relay.url,
        fake: upstream,
        concurrency: 5,
        waves: 1,
      });
      log('first token at 1 session…');
      firstToken1 = await benchFirstToken({
        coachUrl: coachProcess.url,
        relayUrl: relay.url,
        fake: upstream,
        concurrency: 1,
        waves: plan.firstTokenWaves1,
      });
      log('first token at 50 sessions…');
      firstToken50 = await benchFirstToken({
        coachUrl: coachProcess.url,
        relayUrl: relay.url,
        fake: upstream,
        concurrency: 50,
        waves: plan.firstTokenWaves50,
      });
      for (const judgeMs of JUDGE_DELAYS_MS) {
        log(`first token with a judge answering in ${judgeMs} ms, at 1 and 50 sessions…`);
        judged.push(...(await benchWithJudge(judgeMs, relay.url)));
      }
    } finally {
      await relay?.close();
      await coachProcess.close();
    }

    coach = await startCoach({ database: await databases.fresh('in-process'), upstreamUrl: upstream.url });
    const rss = sampleRss();
    log(`throughput: ${plan.loadSessions} sessions × ${plan.loadTurns} streamed turns…`);
    const throughput = await benchThroughput({
      coachUrl: coach.url,
      db: coach.db,
      sessions: plan.loadSessions,
      turnsPerSession: plan.loadTurns,
      upstreamUrl: upstream.url,
      relayRequest: lastStreamingRequest(upstream),
    });
    const peakRssMb = mb(rss.stop());
    upstream.requests.length = 0;
    const turnPath = {
      date: new Date().toISOString(),
      machine: describeMachine(),
      database: databases.description,
      upstream: `fake OpenAI-compatible server in the benchmark's process, first token after ${FIRST_TOKEN_DELAY_MS} ms; for the first-token figures the coach runs as its own process, as \`npm start\` does`,
      firstToken: [firstToken1, firstToken50, ...judged],
      throughput: { ...throughput, peakRssMb },
    };
    if (!offPath) {
      process.stdout.write(
        `${renderTurnPathTable({ ...turnPath, seconds: (performance.now() - started) / 1000 })}\n`,
      );
      return;
    }
    log(`memory: ${plan.memorySessions} short sessions in batches of ${plan.memoryBatch}…`);
    const memory = await benchMemory({
      coachUrl: coach.url,
      sessions: plan.memorySessions,
      batchSize: plan.memoryBatch,
      concurrency: plan.memoryConcurrency,
      // The fake records every request it gets; that is the fake's memory, not the coach's.
      afterBatch: () => {
        upstream.requests.length = 0;
      },
    });

    const results: BenchResults & { quick: boolean } = {
      ...turnPath,
      quick,
      ...offPath,
      memory,
      seconds: (performance.now() - started) / 1000,
    };
    if (!quick) writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${renderTable(results)}\n`);
    const file = `test/bench/${basename(RESULTS)}`;
    log(quick ? `quick run: ${file} left as it was` : `written: ${file}`);
  } finally {
    await coach?.close();
    await upstream.close();
    await databases.close();
  }
}

/** The figures away from the turn path: the rubric, the scenario check and the start-up. */
async function benchOffThePath() {
  const scenarios = await createScenarioRegistry({ dir: SCENARIOS_DIR, logger: silentLogger, watch: false });
  log('rubric: heuristic vs word split…');
  const rubric = benchRubric(scenarios, plan.rubricRounds);
  log('scenario check: hostile files at the limits vs a library file…');
  const validate = benchValidate(scenarios, plan.validateRounds);
  scenarios.close();
  log('start-up: the real server process, cold and warm…');
  const startup = await benchStartup(plan.startupRepeats);
  return { rubric, validate, startup };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
