import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fake, startFakeOpenAI } from '../fake-openai.ts';
import { PERSONA_REPLY } from '../session-client.ts';
import { startCoachProcess } from './coach.ts';
import { benchFirstToken } from './first-token.ts';

// Where a turn's time goes on the coach's one JavaScript thread: the coach as its own process under V8's CPU
// profiler, warmed up, then streamed turns at `--concurrency N` (default 50) for `--waves N` (default 4). Prints
// the functions and the files with the most time of their own, and keeps the profile (for a viewer) in the
// folder it names. `npx tsx test/bench/profile-turns.ts [--concurrency N] [--waves N]`

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const concurrency = arg('--concurrency', 50);
const waves = arg('--waves', 4);
const folder = mkdtempSync(join(tmpdir(), 'rehearse-profile-'));
const profiles = join(folder, 'profiles');
mkdirSync(profiles);

const upstream = await startFakeOpenAI({
  handler: () => fake.text(PERSONA_REPLY, { firstTokenDelayMs: 40 }),
});
const coach = await startCoachProcess({
  database: { DATA_DIR: join(folder, 'data') },
  upstreamUrl: upstream.url,
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
});
// The measured turns, as times before the profile's end: its start-up and shut-down are left out.
let window: { fromEndMs: number; toEndMs: number };
try {
  await benchFirstToken({ coachUrl: coach.url, fake: upstream, concurrency: 5, waves: 2 });
  const started = performance.now();
  const result = await benchFirstToken({ coachUrl: coach.url, fake: upstream, concurrency, waves });
  const ended = performance.now();
  console.log(
    `first token at ${concurrency} sessions: coach ${result.coach.median.toFixed(1)} ms, upstream direct ${result.direct.median.toFixed(1)} ms (medians)`,
  );
  await coach.close();
  const closed = performance.now();
  window = { fromEndMs: closed - started, toEndMs: closed - ended };
} finally {
  await upstream.close();
}

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; endTime: number };
// One profile for each thread: the main thread's (number 0 in its name) and the embedded database's.
for (const name of readdirSync(profiles).sort()) {
  const thread =
    /\.\d+\.(\d+)\.\d+\.cpuprofile$/.exec(name)?.[1] === '0' ? 'the main thread' : 'another thread';
  console.log(`\n=== ${thread} (${name})`);
  report(JSON.parse(readFileSync(join(profiles, name), 'utf8')) as Profile);
}

function report(profile: Profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Sample times are µs on the profile's clock; the window is counted back from its end.
  const times: number[] = [];
  profile.timeDeltas.reduce((at, delta, i) => (times[i] = at + delta), 0);
  const last = times.at(-1) ?? 0;
  const from = last - window.fromEndMs * 1000;
  const to = last - window.toEndMs * 1000;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (times[i]! < from || times[i]! > to) return;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const nameOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    // The server runs from its bundle, kept under node_modules/.cache.
    const where = url
      .replace(/^.*\/\.cache\/rehearse\//, 'bundle:')
      .replace(/^.*node_modules\//, '')
      .replace(/^file:\/\/.*\/(src|test)\//, '$1/');
    return { key: `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`, where };
  };
  // The bundle marks where each module's code starts ("// src/sessions/turn.ts"): its lines tell the module.
  const modules = new Map<string, { line: number; module: string }[]>();
  const moduleOf = (url: string, line: number) => {
    if (!modules.has(url)) {
      const starts: { line: number; module: string }[] = [];
      readFileSync(fileURLToPath(url), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const marked = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(text);
          if (marked) starts.push({ line: i, module: marked[1]! });
        });
      modules.set(url, starts);
    }
    const starts = modules.get(url)!;
    const at = starts.findLast((start) => start.line <= line);
    return at?.module ?? 'bundle';
  };
  /** A package, a folder of the coach's sources, or what the runtime does itself. */
  const areaOf = (id: number) => {
    const { url, lineNumber } = byId.get(id)!.callFrame;
    const module = url.includes('/.cache/rehearse/') ? moduleOf(url, lineNumber) : url;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
    if (pkg) return pkg[1]!;
    const source = /^src\/(.*)\/[^/]+$/.exec(module);
    if (source) return `src/${source[1]}`;
    if (module.startsWith('wasm://')) return '@electric-sql/pglite (WebAssembly)';
    return module.replace(/^node:internal\/(deps\/)?([^/]+).*$/, 'node:$2') || '(native)';
  };
  for (const [id, us] of self) {
    const { key } = nameOf(id);
    add(functions, key, us);
    add(files, areaOf(id), us);
    // Each function on the stack once, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(at);
      if (!name.where.startsWith('bundle:') || seen.has(name.key)) continue;
      seen.add(name.key);
      add(inclusive, name.key, us);
    }
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([key, us]) =>
          `  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`,
      )
      .join('\n');
  console.log(`\nself time by function (of ${(total / 1000).toFixed(0)} ms sampled):\n${top(functions, 30)}`);
  console.log(`\nself time by package or source folder:\n${top(files, 25)}`);
  console.log(`\nthe coach's own functions, with what they call:\n${top(inclusive, 40)}`);
}
console.log(`\nprofiles: ${profiles}`);
