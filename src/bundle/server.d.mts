export function serverBundle(): Promise<string | null>;
