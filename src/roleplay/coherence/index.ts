export * from './dialogue.ts';
export { ENGLISH_DIALOGUES } from './dialogues-en.ts';
export { DUTCH_DIALOGUES } from './dialogues-nl.ts';
