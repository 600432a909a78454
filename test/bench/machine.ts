import { arch, cpus, release, totalmem, type } from 'node:os';

/** What the numbers were measured on: they only compare within one machine. */
export function describeMachine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    os: `${type()} ${release()} ${arch()}`,
    node: process.version,
  };
}
