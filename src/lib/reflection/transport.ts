import type { SendResult } from './draft-sync';
import type { DraftSaveResponse, FieldErrors, Fields, ServerDraft } from './types';

// The browser side of PUT …/reflectie/concept. The answer is checked field by field: a proxy or
// an error page may answer with something else, and that must not be taken for a saved draft.

function record(value: unknown): Record<string, unknown> | null {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? Object.fromEntries(Object.entries(value))
		: null;
}

function stringRecord(value: unknown): Record<string, string> | null {
	const object = record(value);
	if (!object) return null;
	const result: Record<string, string> = {};
	for (const [key, text] of Object.entries(object)) {
		if (typeof text !== 'string') return null;
		result[key] = text;
	}
	return result;
}

function serverDraft(value: unknown): ServerDraft | null {
	const object = record(value);
	const fields: Fields | null = stringRecord(object?.fields);
	if (!object || !fields || typeof object.sequence !== 'number') return null;
	const savedAt = typeof object.savedAt === 'string' ? object.savedAt : null;
	return { sequence: object.sequence, fields, savedAt };
}

export function parseSaveResponse(status: number, body: unknown): DraftSaveResponse | null {
	const object = record(body);
	if (!object) return null;
	if (status === 200 && typeof object.sequence === 'number' && typeof object.savedAt === 'string')
		return { outcome: 'saved', sequence: object.sequence, savedAt: object.savedAt };
	if (status === 409) {
		const current = serverDraft(object.current);
		return current ? { outcome: 'conflict', current } : null;
	}
	if (status === 400) {
		const errors: FieldErrors | null = stringRecord(object.errors);
		return errors ? { outcome: 'invalid', errors } : null;
	}
	return null;
}

/** Sends one save; a dropped connection or a passing server failure reads as `offline`. */
export function draftSender(url: string) {
	return async (body: { sequence: number; fields: Fields }): Promise<SendResult> => {
		const payload = JSON.stringify(body);
		let response: Response;
		try {
			response = await fetch(url, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: payload,
				// Lets a save started as the tab closes finish; browsers cap such bodies at 64 KB.
				keepalive: payload.length < 60_000
			});
		} catch {
			return { outcome: 'offline' };
		}
		if (response.status === 401 || response.status === 403) return { outcome: 'signed-out' };
		if (response.status >= 500) return { outcome: 'offline' };
		const parsed = parseSaveResponse(response.status, await response.json().catch(() => null));
		return parsed ?? { outcome: 'failed', status: response.status };
	};
}
