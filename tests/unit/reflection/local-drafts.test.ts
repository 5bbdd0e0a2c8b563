import { describe, expect, it } from 'vitest';
import {
	clearLocalDrafts,
	localDraftKey,
	parseLocalDraft,
	readLocalDraft,
	removeLocalDraft,
	writeLocalDraft
} from '../../../src/lib/reflection/local-drafts';
import { restoreDecision } from '../../../src/lib/reflection/restore';

/** The Web Storage interface over a Map, as the browser offers it. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, value);
	}
}

const copy = {
	baseSequence: 3,
	fields: { situatie: 'Tekst' },
	savedAt: '2026-11-30T10:00:00.000Z'
};

describe('the local copy', () => {
	it('round-trips per learner and exercise', () => {
		const store = new MemoryStorage();
		const key = localDraftKey('user1', 'functies-reflectie-leraar');
		expect(writeLocalDraft(key, copy, store)).toBe(true);
		expect(readLocalDraft(key, store)).toEqual(copy);
		expect(readLocalDraft(localDraftKey('user2', 'functies-reflectie-leraar'), store)).toBeNull();
		removeLocalDraft(key, store);
		expect(readLocalDraft(key, store)).toBeNull();
	});

	it('ignores malformed or foreign values instead of restoring them', () => {
		expect(parseLocalDraft(null)).toBeNull();
		expect(parseLocalDraft({ ...copy })).toBeNull(); // no version marker
		expect(parseLocalDraft({ v: 1, baseSequence: '3', fields: {}, savedAt: 'x' })).toBeNull();
		expect(parseLocalDraft({ v: 1, ...copy, fields: { a: 'ok', b: 7 } })?.fields).toEqual({
			a: 'ok'
		});
		const store = new MemoryStorage();
		store.setItem('k', '{not json');
		expect(readLocalDraft('k', store)).toBeNull();
	});

	it('clears every reflection copy on logout and leaves other keys alone', () => {
		const store = new MemoryStorage();
		writeLocalDraft(localDraftKey('user1', 'a'), copy, store);
		writeLocalDraft(localDraftKey('user2', 'b'), copy, store);
		store.setItem('klasteam.theme', 'dark');
		clearLocalDrafts(store);
		expect(store.length).toBe(1);
		expect(store.getItem('klasteam.theme')).toBe('dark');
	});

	it('reports a full or refusing storage instead of pretending the text is safe', () => {
		const store = new MemoryStorage();
		store.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(writeLocalDraft('k', copy, store)).toBe(false);
		expect(writeLocalDraft('k', copy, null)).toBe(false);
	});
});

describe('restoreDecision', () => {
	const server = { sequence: 3, fields: { situatie: 'Op de server' }, savedAt: null };

	it('has nothing to do without a copy, or with one equal to the server draft', () => {
		expect(restoreDecision(null, server)).toBe('none');
		expect(restoreDecision({ ...copy, fields: { situatie: 'Op de server' } }, server)).toBe(
			'discard'
		);
	});

	it('restores unsaved edits made on top of the current server draft', () => {
		expect(restoreDecision(copy, server)).toBe('restore');
	});

	it('asks when the server moved on since the copy was made', () => {
		expect(restoreDecision({ ...copy, baseSequence: 2 }, server)).toBe('offer');
	});
});
