export { MOVES, type MoveInfo, PRINCIPLES, type PrincipleInfo } from './criteria.ts';
export { scoreHeuristic } from './heuristic.ts';
export * from './ids.ts';
export { detectLanguage } from './language.ts';
export * from './types.ts';
