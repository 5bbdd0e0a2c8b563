// Content types and the pure functions on them; no I/O, safe in the browser and on the server.
export * from './schema';
export * from './scoring';
export * from './readability';
export * from './lesson-markdown';
export * from './passages';
export { countWords, proseBlocks, splitSentences, wordsOf } from './plain-text';
export { countSyllables } from './syllables';
