import type { RequestIdVariables } from 'hono/request-id';
import type { ApiScope } from './vocabulary.ts';

/** What middleware puts on the context for handlers. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    /** The consumer the request acts for: every row a handler reads or writes is scoped by it. */
    tenantId: string;
    /** What the caller may do: its key's scopes, or every scope on a server without keys. */
    scopes: readonly ApiScope[];
  };
};
