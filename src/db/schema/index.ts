export * from './api-keys.ts';
export * from './consumers.ts';
export * from './learners.ts';
export * from './reports.ts';
export * from './scenario-versions.ts';
export * from './sessions.ts';
export * from './webhooks.ts';
