import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSync, type SendResult, type SyncState } from '../../../src/lib/reflection/draft-sync';
import type { LocalDraft } from '../../../src/lib/reflection/local-drafts';
import type { Fields } from '../../../src/lib/reflection/types';

type Sent = { sequence: number; fields: Fields; answer: (result: SendResult) => void };

/** A DraftSync with a transport the test answers by hand, and a local copy it can inspect. */
function setup(draft = { sequence: 2, fields: { a: 'begin' }, savedAt: null }) {
	const sent: Sent[] = [];
	const local: { copy: LocalDraft | null; refuse: boolean } = { copy: null, refuse: false };
	const states: SyncState[] = [];
	const sync = new DraftSync({
		draft,
		delay: 1_500,
		retryDelays: [2_000, 5_000],
		now: () => new Date('2026-11-30T10:00:00Z'),
		send: (body) => new Promise((resolve) => sent.push({ ...body, answer: resolve })),
		local: {
			write: (copy) => {
				if (local.refuse) return false;
				local.copy = copy;
				return true;
			},
			remove: () => {
				local.copy = null;
			}
		},
		onChange: (state) => states.push(state)
	});
	return { sync, sent, local, states };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('DraftSync', () => {
	it('keeps a local copy at once and saves after a pause in typing, not per keystroke', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'begin e' });
		sync.edit({ a: 'begin en' });
		expect(local.copy).toMatchObject({ baseSequence: 2, fields: { a: 'begin en' } });
		await vi.advanceTimersByTimeAsync(1_400);
		sync.edit({ a: 'begin en nu' });
		await vi.advanceTimersByTimeAsync(1_400);
		expect(sent).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(200);
		expect(sent.map((s) => [s.sequence, s.fields.a])).toEqual([[2, 'begin en nu']]);
		sent[0]!.answer({ outcome: 'saved', sequence: 3, savedAt: '2026-11-30T10:00:02Z' });
		await vi.runAllTimersAsync();
		expect(sync.state).toEqual({ kind: 'clean', savedAt: '2026-11-30T10:00:02Z' });
		expect(sync.sequence).toBe(3);
		expect(local.copy).toBeNull();
	});

	it('saves at once when a field is left', async () => {
		const { sync, sent } = setup();
		sync.edit({ a: 'anders' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(sent).toHaveLength(1);
	});

	it('sends one save at a time; the next builds on the sequence the first returned', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'een' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		sync.edit({ a: 'een twee' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(sent).toHaveLength(1);
		sent[0]!.answer({ outcome: 'saved', sequence: 3, savedAt: '2026-11-30T10:00:01Z' });
		await vi.advanceTimersByTimeAsync(0);
		// Still unsaved text: the local copy now names the new base sequence.
		expect(local.copy).toMatchObject({ baseSequence: 3, fields: { a: 'een twee' } });
		await vi.advanceTimersByTimeAsync(1_500);
		expect(sent.map((s) => [s.sequence, s.fields.a])).toEqual([
			[2, 'een'],
			[3, 'een twee']
		]);
	});

	it('on a conflict stops saving, keeps the text local, and saves on top only when asked', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'mijn tekst' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		const current = {
			sequence: 5,
			fields: { a: 'ander tabblad' },
			savedAt: '2026-11-30T09:59:00Z'
		};
		sent[0]!.answer({ outcome: 'conflict', current });
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.state).toEqual({ kind: 'conflict', current });
		sync.edit({ a: 'mijn tekst, langer' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(10_000);
		expect(sent).toHaveLength(1);
		expect(local.copy?.fields.a).toBe('mijn tekst, langer');
		sync.keepMine();
		await vi.advanceTimersByTimeAsync(0);
		expect(sent[1]).toMatchObject({ sequence: 5, fields: { a: 'mijn tekst, langer' } });
	});

	it('a "conflict" with the very text it sent is no conflict: it builds on that sequence', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'zelfde' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		const current = { sequence: 4, fields: { a: 'zelfde' }, savedAt: '2026-11-30T09:59:00Z' };
		sent[0]!.answer({ outcome: 'conflict', current });
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.state).toEqual({ kind: 'clean', savedAt: '2026-11-30T09:59:00Z' });
		expect(sync.sequence).toBe(4);
		expect(local.copy).toBeNull();
	});

	it('can take the newer server draft instead, dropping the local copy', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'mijn tekst' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		const current = {
			sequence: 5,
			fields: { a: 'ander tabblad' },
			savedAt: '2026-11-30T09:59:00Z'
		};
		sent[0]!.answer({ outcome: 'conflict', current });
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.takeServer()).toEqual({ a: 'ander tabblad' });
		expect(sync.sequence).toBe(5);
		expect(sync.dirty).toBe(false);
		expect(local.copy).toBeNull();
		expect(sync.state).toEqual({ kind: 'clean', savedAt: '2026-11-30T09:59:00Z' });
	});

	it('offline: says the text is safe locally, retries with backoff, and at once when online', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'zonder net' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		sent[0]!.answer({ outcome: 'offline' });
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.state).toEqual({ kind: 'offline', localCopy: true });
		expect(local.copy?.fields.a).toBe('zonder net');
		await vi.advanceTimersByTimeAsync(2_000);
		expect(sent).toHaveLength(2);
		sent[1]!.answer({ outcome: 'offline' });
		await vi.advanceTimersByTimeAsync(1_000);
		sync.retryNow();
		await vi.advanceTimersByTimeAsync(0);
		expect(sent).toHaveLength(3);
		sent[2]!.answer({ outcome: 'saved', sequence: 3, savedAt: '2026-11-30T10:01:00Z' });
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.state.kind).toBe('clean');
		expect(local.copy).toBeNull();
	});

	it('tells the learner when the browser could not keep a copy either', async () => {
		const { sync, sent, local } = setup();
		local.refuse = true;
		sync.edit({ a: 'x' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		sent[0]!.answer({ outcome: 'offline' });
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.state).toEqual({ kind: 'offline', localCopy: false });
	});

	it('a transport that throws counts as offline, not as saved', async () => {
		const { sync, states } = (() => {
			const states: SyncState[] = [];
			const sync = new DraftSync({
				draft: { sequence: 0, fields: {}, savedAt: null },
				delay: 10,
				send: () => Promise.reject(new TypeError('Failed to fetch')),
				local: { write: () => true, remove: () => undefined },
				onChange: (state) => states.push(state)
			});
			return { sync, states };
		})();
		sync.edit({ a: 'x' });
		sync.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(states.at(-1)).toEqual({ kind: 'offline', localCopy: true });
		sync.destroy();
	});

	it('undoing an edit back to the saved text needs no save and drops the copy', async () => {
		const { sync, sent, local } = setup();
		sync.edit({ a: 'begin!' });
		sync.edit({ a: 'begin' });
		await vi.advanceTimersByTimeAsync(5_000);
		expect(sent).toHaveLength(0);
		expect(local.copy).toBeNull();
		expect(sync.state.kind).toBe('clean');
	});

	it('holds saves during a submission and resumes afterwards', async () => {
		const { sync, sent } = setup();
		sync.edit({ a: 'ingeleverd' });
		await sync.pause();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(sent).toHaveLength(0);
		sync.confirm(3, { a: 'ingeleverd' }, '2026-11-30T10:02:00Z');
		sync.resume();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(sent).toHaveLength(0);
		expect(sync.sequence).toBe(3);
	});
});
