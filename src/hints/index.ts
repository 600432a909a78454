export { createLlmHintWriter, type HintContext, type HintWriter, leaksUnearnedNeed } from './llm-hint.ts';
export {
  buildHint,
  type Hint,
  type HintInput,
  hintText,
  type OpeningSource,
  principleToWorkOn,
  sentenceAround,
  stageOf,
} from './offline-hint.ts';
