import type { Fields } from './types';

// A copy of the learner's unsaved text in this browser, so a network drop loses nothing. It is
// removed as soon as the server confirms the same text, and every copy is cleared on logout
// (a shared school computer must not show one learner's reflection to the next).

const PREFIX = 'klasteam.reflectie.';
const VERSION = 1;

export interface LocalDraft {
	/** The server sequence these edits started from. */
	baseSequence: number;
	fields: Fields;
	/** When the copy was written (ISO). */
	savedAt: string;
}

/** The storage key of one learner's draft of one exercise. */
export function localDraftKey(userId: string, exerciseId: string): string {
	return `${PREFIX}${userId}.${exerciseId}`;
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Some browsers throw on access when storage is disabled.
		return null;
	}
}

export function readLocalDraft(key: string, store = storage()): LocalDraft | null {
	const raw = store?.getItem(key);
	if (!raw) return null;
	try {
		return parseLocalDraft(JSON.parse(raw));
	} catch {
		return null;
	}
}

/** Accepts only a well-formed copy: storage is shared with other code and may be edited. */
export function parseLocalDraft(value: unknown): LocalDraft | null {
	if (typeof value !== 'object' || value === null) return null;
	if (!('v' in value) || value.v !== VERSION) return null;
	if (!('baseSequence' in value) || typeof value.baseSequence !== 'number') return null;
	if (!('savedAt' in value) || typeof value.savedAt !== 'string') return null;
	if (!('fields' in value) || typeof value.fields !== 'object' || value.fields === null)
		return null;
	const fields: Fields = {};
	for (const [id, text] of Object.entries(value.fields))
		if (typeof text === 'string') fields[id] = text;
	return { baseSequence: value.baseSequence, fields, savedAt: value.savedAt };
}

/** False when the browser refused (storage full or disabled); the caller says so. */
export function writeLocalDraft(key: string, draft: LocalDraft, store = storage()): boolean {
	if (!store) return false;
	try {
		store.setItem(key, JSON.stringify({ v: VERSION, ...draft }));
		return true;
	} catch {
		return false;
	}
}

export function removeLocalDraft(key: string, store = storage()): void {
	try {
		store?.removeItem(key);
	} catch {
		// Nothing to clean up when storage is unavailable.
	}
}

/** Removes every local reflection copy in this browser; call it when the learner logs out. */
export function clearLocalDrafts(store = storage()): void {
	if (!store) return;
	try {
		const keys: string[] = [];
		for (let i = 0; i < store.length; i++) {
			const key = store.key(i);
			if (key?.startsWith(PREFIX)) keys.push(key);
		}
		for (const key of keys) store.removeItem(key);
	} catch {
		// Storage became unavailable; there is nothing we can remove.
	}
}
