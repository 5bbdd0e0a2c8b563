// Limits that no honest reflection reaches; the form and the server use the same numbers.

/** Characters per field (about 1,500 words). */
export const MAX_FIELD_CHARS = 10_000;

/** Characters in a reply to trainer feedback and in a "hoe ging het?" answer. */
export const MAX_REPLY_CHARS = 4_000;

/** How long typing must pause before the draft is saved. */
export const SAVE_DELAY_MS = 1_500;
