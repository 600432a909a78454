export * from './acts.ts';
export * from './fallback-lines.ts';
export * from './hear-turn.ts';
export * from './repetition.ts';
export * from './state.ts';
export * from './topics.ts';
