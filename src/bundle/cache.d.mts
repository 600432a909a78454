export function sourceHash(inputs: string[], salt: string): Promise<string>;

export function cachedBundle(bundle: {
  dir: string;
  name: string;
  ext: string;
  salt: string;
  make: () => Promise<{ inputs: string[]; content: string }>;
}): Promise<{ file: string | null; content: string | null }>;
