import type { FirstTokenResult } from './first-token.ts';
import type { describeMachine } from './machine.ts';
import type { MemoryResult } from './memory.ts';
import type { RubricBenchResult } from './rubric.ts';
import type { StartupResult } from './startup.ts';
import { round } from './stats.ts';
import type { ThroughputResult } from './throughput.ts';
import type { ValidateBenchResult } from './validate.ts';

// The benchmark's table, in Markdown so the README can hold the latest run as printed.

export type BenchResults = {
  date: string;
  machine: ReturnType<typeof describeMachine>;
  database: string;
  upstream: string;
  rubric: RubricBenchResult;
  /** Absent from runs made before it was measured. */
  validate?: ValidateBenchResult;
  firstToken: FirstTokenResult[];
  throughput: ThroughputResult & { peakRssMb: number };
  memory: MemoryResult;
  startup: StartupResult;
  seconds: number;
};

const ms = (value: number) => `${round(value, 1)} ms`;
const ratio = (a: number, b: number) => {
  const r = a / b;
  return `${r >= 10 ? Math.round(r) : r >= 1 ? round(r, 2) : Number(r.toPrecision(2))}×`;
};

/** The turn path's rows: first token beside its floor, and throughput beside the bare one-row route. */
function turnPathRows(r: Pick<BenchResults, 'firstToken' | 'throughput'>): string[][] {
  const t = r.throughput;
  return [
    ...r.firstToken.flatMap((f) => {
      const sessions = `${f.concurrency} concurrent session${f.concurrency === 1 ? '' : 's'}`;
      const direct = `upstream direct: ${ms(f.direct.median)} / ${ms(f.direct.p99)}`;
      // With a judge: what this coach adds over the floor measured in its own batches, against the same for
      // the coach without one. The phases run at different times; machine load moves both sides of a batch.
      const without = r.firstToken.find((g) => g.concurrency === f.concurrency && g.judgeMs === undefined);
      const judge = f.judgeMs === undefined ? '' : `, with a judge answering in ${f.judgeMs} ms`;
      const overFloor = (g: typeof f) => g.coach.median - (g.relay ?? g.direct).median;
      const judgeAdds =
        f.judgeMs !== undefined && without
          ? `; the judge adds ${ms(overFloor(f) - overFloor(without))} (median, over the floor)`
          : '';
      return [
        [
          `First persona token, ${sessions}${judge} (median / p99)`,
          `coach: ${ms(f.coach.median)} / ${ms(f.coach.p99)}`,
          direct,
          `+${ms(f.addedMedianMs)} / +${ms(f.addedP99Ms)} added${judgeAdds}`,
        ],
        ...(f.relay
          ? [
              [
                `Floor: bare relay on the same stack, no database, ${sessions}`,
                `relay: ${ms(f.relay.median)} / ${ms(f.relay.p99)}`,
                direct,
                `+${ms(f.relay.addedMedianMs)} / +${ms(f.relay.addedP99Ms)} added`,
              ],
            ]
          : []),
      ];
    }),
    [
      `Throughput, ${t.sessions} sessions × ${t.turnsPerSession} streamed turns`,
      `${round(t.turnsPerSecond)} turns/s`,
      `bare route storing a row: ${round(t.bareRequestsPerSecond)} req/s`,
      ratio(t.turnsPerSecond, t.bareRequestsPerSecond),
    ],
    ...(t.relayTurnsPerSecond
      ? [
          [
            'Floor: bare relay on the same stack, no database, the same streamed load',
            `relay: ${round(t.relayTurnsPerSecond)} turns/s`,
            `bare route storing a row: ${round(t.bareRequestsPerSecond)} req/s`,
            `${ratio(t.relayTurnsPerSecond, t.bareRequestsPerSecond)}; the coach ${ratio(t.turnsPerSecond, t.relayTurnsPerSecond)} the relay`,
          ],
        ]
      : []),
    [
      'Errors / turns stored (learner, persona)',
      `${t.errors} errors`,
      `${t.stored.learner} + ${t.stored.persona} of ${t.stored.expected} + ${t.stored.expected}`,
      `${t.stored.expected * 2 - t.stored.learner - t.stored.persona} lost`,
    ],
  ];
}

export function renderTable(r: BenchResults): string {
  const { rubric, throughput: t, memory, startup } = r;
  const rss = memory.batches.map((batch) => batch.rssMb);
  const rows: string[][] = [
    [
      'Heuristic rubric per reply (median / p99)',
      `${round(rubric.heuristic.median)} / ${round(rubric.heuristic.p99)} µs`,
      `word split: ${round(rubric.wordSplit.median, 2)} / ${round(rubric.wordSplit.p99, 2)} µs`,
      `${ratio(rubric.heuristic.median, rubric.wordSplit.median)} (median)`,
    ],
    ...(r.validate
      ? [
          [
            `Checking a scenario file, costliest of ${r.validate.shapes} hostile shapes at the limits (median)`,
            `${ms(r.validate.worst.medianMs)} (${r.validate.worst.shape})`,
            `a library file: ${ms(r.validate.libraryMedianMs)}`,
            ratio(r.validate.worst.medianMs, r.validate.libraryMedianMs),
          ],
        ]
      : []),
    ...turnPathRows(r),
    ['Peak RSS during the load', `${round(t.peakRssMb)} MB`, '', ''],
    [
      `Memory growth per 1,000 finished sessions (${memory.sessions} sessions, after GC)`,
      `RSS ${round(memory.rssMbPer1000, 2)} MB`,
      `JS heap ${round(memory.heapMbPer1000, 2)} MB`,
      `RSS over the run: ${round(Math.min(...rss))}–${round(Math.max(...rss))} MB`,
    ],
    ...(startup.floor
      ? [
          [
            'Warm start to /healthz, real process, embedded database (median)',
            `coach: ${ms(startup.warm.median)} (app part ${ms(startup.warmAppMs.median)})`,
            `floor, Node opening the database and a port: ${ms(startup.floor.warm.median)}`,
            `+${ms(startup.warm.median - startup.floor.warm.median)}`,
          ],
          ...(startup.ready
            ? [
                [
                  'Warm start to /readyz (database open, API ready), real process, embedded database (median)',
                  `coach: ${ms(startup.ready.warm.median)}`,
                  `floor: ${ms(startup.floor.warm.median)}`,
                  `+${ms(startup.ready.warm.median - startup.floor.warm.median)}`,
                ],
              ]
            : []),
          [
            'First start, empty embedded data dir (median)',
            `coach: ${ms(startup.cold.median)} (app part ${ms(startup.coldAppMs.median)})`,
            `floor: ${ms(startup.floor.cold.median)}`,
            `+${ms(startup.cold.median - startup.floor.cold.median)}`,
          ],
        ]
      : [
          [
            'Start-up to /healthz, real process (median)',
            `first start (empty data dir): ${ms(startup.cold.median)}`,
            `warm start: ${ms(startup.warm.median)}`,
            `app part: ${ms(startup.coldAppMs.median)} / ${ms(startup.warmAppMs.median)}`,
          ],
        ]),
  ];
  return asTable(rows, r);
}

/** Only the turn path's figures, as `npm run bench -- --turn-path` measures them. */
export type TurnPathResults = Pick<
  BenchResults,
  'date' | 'machine' | 'database' | 'upstream' | 'firstToken' | 'throughput' | 'seconds'
>;

export function renderTurnPathTable(r: TurnPathResults): string {
  return asTable(turnPathRows(r), r);
}

function asTable(rows: string[][], r: Omit<TurnPathResults, 'firstToken' | 'throughput'>): string {
  const header = ['Figure', 'Measured', 'Baseline / detail', 'Ratio / difference'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const m = r.machine;
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    `${r.date.slice(0, 10)} · ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB · ${m.os} · Node ${m.node.replace(/^v/, '')}`,
    `${r.database}; ${r.upstream}; ${round(r.seconds, 0)} s in all.`,
  ].join('\n');
}
