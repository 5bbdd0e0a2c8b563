// The trainer's feedback form, shared by the page (maxlength) and the server (validation).

/** Characters per part: room for a thorough paragraph, far from anything abusive. */
export const MAX_FEEDBACK_CHARS = 4_000;

/** The three parts of Hattie & Timperley (2007), in the order the form asks them. */
export const FEEDBACK_PARTS = ['goal', 'progress', 'nextStep'] as const;
export type FeedbackPart = (typeof FEEDBACK_PARTS)[number];

/** The filters of the reflections inbox, as they appear in its URL. */
export const INBOX_STATES = ['alle', 'ongelezen', 'gelezen', 'onbeantwoord', 'beantwoord'] as const;
export type InboxState = (typeof INBOX_STATES)[number];
