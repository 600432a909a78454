// One structured logger: a JSON line per event on stderr. Callers pass facts, never reply text or keys.

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type Fields = Record<string, unknown>;

export type Logger = {
  debug(fields: Fields, message?: string): void;
  info(fields: Fields, message?: string): void;
  warn(fields: Fields, message?: string): void;
  error(fields: Fields, message?: string): void;
  child(fields: Fields): Logger;
};

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  bound: Fields = {},
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const log = (at: Exclude<LogLevel, 'silent'>) => (fields: Fields, message?: string) => {
    if (LOG_LEVELS.indexOf(at) < threshold) return;
    const entry = {
      time: new Date().toISOString(),
      level: at,
      ...(message ? { msg: message } : {}),
      ...bound,
    };
    write(JSON.stringify({ ...entry, ...serialise(fields) }));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger(level, write, { ...bound, ...fields }),
  };
}

export const silentLogger = createLogger('silent');

function serialise(fields: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] =
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return out;
}
