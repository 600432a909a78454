// Language detection is shared with the persona's character check, so it lives in src/text/.
export * from '../text/language.ts';
