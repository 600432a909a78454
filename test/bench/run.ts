import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../src/logger.ts';
import { createScenarioRegistry } from '../../src/scenarios/index.ts';
import { fake, startFakeOpenAI } from '../fake-openai.ts';
import { PERSONA_REPLY } from '../session-client.ts';
import { type Coach, SCENARIOS_DIR, startCoach, startCoachProcess, startRelayProcess } from './coach.ts';
import { benchFirstToken, type FirstTokenResult, lastStreamingRequest } from './first-token.ts';
import { describeMachine } from './machine.ts';
import { benchMemory } from './memory.ts';
import { mb, sampleRss } from './rss.ts';
import { benchRubric } from './rubric.ts';
import { benchStartup } from './startup.ts';
import { type BenchResults, renderTable } from './table.ts';
import { benchThroughput } from './throughput.ts';
import { benchValidate } from './validate.ts';

// `npm run bench`: every figure measured side by side with its baseline in one run, printed as a table
// and written to test/bench/results.json. A benchmark, not a test: it reports, it never fails on a number.
// `--quick` runs a smaller version of each phase, to check the harness itself; `--table` prints the last
// full run's table from test/bench/results.json.

const quick = process.argv.includes('--quick');
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
export const FIRST_TOKEN_DELAY_MS = 40;

const plan = {
  rubricRounds: quick ? 3 : 20,
  validateRounds: quick ? 2 : 7,
  firstTokenWaves1: quick ? 2 : 40,
  firstTokenWaves50: quick ? 1 : 2,
  loadSessions: quick ? 20 : 100,
  loadTurns: 3,
  memorySessions: quick ? 200 : 5000,
  memoryBatch: quick ? 50 : 500,
  memoryConcurrency: 25,
  startupRepeats: quick ? 1 : 3,
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
  const scenarios = await createScenarioRegistry({ dir: SCENARIOS_DIR, logger: silentLogger, watch: false });
  log('rubric: heuristic vs word split…');
  const rubric = benchRubric(scenarios, plan.rubricRounds);
  log('scenario check: hostile files at the limits vs a library file…');
  const validate = benchValidate(scenarios, plan.validateRounds);
  scenarios.close();

  log('start-up: the real server process, cold and warm…');
  const startup = await benchStartup(plan.startupRepeats);

  const upstream = await startFakeOpenAI({
    behaviour: fake.text(PERSONA_REPLY, { firstTokenDelayMs: FIRST_TOKEN_DELAY_MS }),
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'rehearse-bench-'));
  let coach: Coach | undefined;
  try {
    const coachProcess = await startCoachProcess({
      dataDir: join(dataDir, 'process'),
      upstreamUrl: upstream.url,
    });
    let relay: Awaited<ReturnType<typeof startRelayProcess>> | undefined;
    let firstToken1: FirstTokenResult;
    let firstToken50: FirstTokenResult;
    try {
      log('warm-up…');
      // A fresh process: its JIT and PGlite's caches warm up before anything is measured.
      await benchFirstToken({
        coachUrl: coachProcess.url,
        fake: upstream,
        concurrency: 5,
        waves: quick ? 1 : 4,
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
    } finally {
      await relay?.close();
      await coachProcess.close();
    }

    coach = await startCoach({ dataDir: join(dataDir, 'in-process'), upstreamUrl: upstream.url });
    const rss = sampleRss();
    log(`throughput: ${plan.loadSessions} sessions × ${plan.loadTurns} streamed turns…`);
    const throughput = await benchThroughput({
      coachUrl: coach.url,
      db: coach.db,
      sessions: plan.loadSessions,
      turnsPerSession: plan.loadTurns,
    });
    const peakRssMb = mb(rss.stop());
    upstream.requests.length = 0;
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
      date: new Date().toISOString(),
      machine: describeMachine(),
      database: 'PGlite (embedded, on disk in a temporary directory)',
      upstream: `fake OpenAI-compatible server in the benchmark's process, first token after ${FIRST_TOKEN_DELAY_MS} ms; for the first-token figures the coach runs as its own process, as \`npm start\` does`,
      quick,
      rubric,
      validate,
      firstToken: [firstToken1, firstToken50],
      throughput: { ...throughput, peakRssMb },
      memory,
      startup,
      seconds: (performance.now() - started) / 1000,
    };
    if (!quick) writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${renderTable(results)}\n`);
    log(quick ? 'quick run: test/bench/results.json left as it was' : 'written: test/bench/results.json');
  } finally {
    await coach?.close();
    await upstream.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
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
