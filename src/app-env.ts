import type { RequestIdVariables } from 'hono/request-id';

/** What middleware puts on the context for handlers. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    /** The consumer the request acts for: every row a handler reads or writes is scoped by it. */
    tenantId: string;
  };
};
