export { type CharacterCheck, checkCharacter } from './character-check.ts';
export * from './dialogue/index.ts';
export { createLlmRolePlayer, type LlmRolePlayerOptions } from './llm-role-player.ts';
export {
  DIFFICULTY_FACTORS,
  initialMood,
  MOVE_EFFECTS,
  type MoodEvidence,
  moodLabel,
  nextMood,
  PRINCIPLE_EFFECTS,
  REPEAT_FACTORS,
} from './mood.ts';
export { buildMessages, buildMoodNote, buildStaticPrompt, FENCE_TAG, fence } from './prompt.ts';
export { type Composed, compose, createScriptedRolePlayer } from './scripted-role-player.ts';
export * from './types.ts';
