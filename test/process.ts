import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
};

/** Runs the real server as its own process, as `npm start` does (`src/start.mjs`); `entry` runs another server script. */
export function spawnServer(
  env: Record<string, string>,
  entry?: string,
  /** Node's own flags (e.g. `--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeArgs: string[] = [],
  /** The checkout to run it from: this one, or another with its own dependencies (a benchmark's baseline). */
  root = ROOT,
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  listening: Promise<string>;
  /** Once the database is open and the app there: the port opens before, and answers only /healthz. */
  ready: Promise<void>;
} {
  // Another TypeScript script runs in Node itself with tsx's loader, not the tsx launcher: the launcher runs the server as
  // a second process, so a kill -9 would orphan the server, and a SIGTERM the server does not acknowledge
  // within 30 ms (busy, or a loaded machine) makes the launcher kill it hard.
  const args = !entry ? ['src/start.mjs'] : entry.endsWith('.mjs') ? [entry] : ['--import', 'tsx', entry];
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const said = (line: RegExp, what: string) =>
    new Promise<string>((resolve, reject) => {
      const onData = () => {
        const match = line.exec(output);
        if (match) resolve(match[1] ?? '');
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      void exited.then((code) => reject(new Error(`server exited with ${code} before ${what}:\n${output}`)));
    });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const listening = said(/"msg":"Rehearse is listening","url":"([^"]+)"/, 'listening');
  const ready = said(/"msg":"Rehearse is ready"/, 'being ready').then(() => {});
  ready.catch(() => {});
  return { child, output: () => output, exited, listening, ready };
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const server = spawnServer(env);
  const url = await server.listening;
  await server.ready;
  return { child: server.child, url, output: server.output, exited: server.exited };
}
