import type { LocalDraft } from './local-drafts';
import { sameFields } from './rules';
import type { DraftSaveResponse, FieldErrors, Fields, ServerDraft } from './types';

// Keeps the server's draft in step with the form: saves after a pause in typing and when a field
// is left, one request at a time, each naming the sequence it builds on. The server refuses a
// stale save; then nothing is saved until the learner chooses, so no text is overwritten silently.
// Until the server confirms, the text also sits in a local copy.

export type SendResult =
	| DraftSaveResponse
	| { outcome: 'offline' }
	| { outcome: 'signed-out' }
	| { outcome: 'failed'; status: number };

export type SyncState =
	| { kind: 'clean'; savedAt: string | null }
	| { kind: 'pending' }
	| { kind: 'saving' }
	| { kind: 'offline'; localCopy: boolean }
	| { kind: 'conflict'; current: ServerDraft }
	| { kind: 'invalid'; errors: FieldErrors }
	| { kind: 'signed-out' }
	| { kind: 'failed'; status: number };

export interface Timers {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface DraftSyncOptions {
	draft: ServerDraft;
	send(body: { sequence: number; fields: Fields }): Promise<SendResult>;
	local: { write(copy: LocalDraft): boolean; remove(): void };
	onChange(state: SyncState): void;
	delay: number;
	/** Waits before retrying after a network drop; the last one repeats. */
	retryDelays?: readonly number[];
	now?: () => Date;
	timers?: Timers;
}

const browserTimers: Timers = {
	set: (run, ms) => setTimeout(run, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class DraftSync {
	#options: DraftSyncOptions;
	#timers: Timers;
	#sequence: number;
	/** What the server holds at `#sequence`. */
	#confirmed: Fields;
	/** What the learner has typed. */
	#fields: Fields;
	#state: SyncState;
	#timer: unknown = null;
	#inFlight: Promise<void> | null = null;
	#paused = false;
	#retries = 0;
	#localCopy = true;
	#savedAt: string | null;

	constructor(options: DraftSyncOptions) {
		this.#options = options;
		this.#timers = options.timers ?? browserTimers;
		this.#sequence = options.draft.sequence;
		this.#confirmed = { ...options.draft.fields };
		this.#fields = { ...options.draft.fields };
		this.#savedAt = options.draft.savedAt;
		this.#state = { kind: 'clean', savedAt: this.#savedAt };
	}

	get sequence(): number {
		return this.#sequence;
	}

	get state(): SyncState {
		return this.#state;
	}

	get dirty(): boolean {
		return !sameFields(this.#fields, this.#confirmed);
	}

	/** Every change of the form: keep a local copy at once, save to the server after a pause. */
	edit(fields: Fields): void {
		this.#fields = { ...fields };
		if (!this.dirty) {
			this.#clearTimer();
			this.#options.local.remove();
			if (this.#state.kind === 'pending') this.#set({ kind: 'clean', savedAt: this.#savedAt });
			return;
		}
		this.#writeLocal();
		if (this.#blocked()) return;
		if (this.#state.kind !== 'saving' && this.#state.kind !== 'offline')
			this.#set({ kind: 'pending' });
		if (this.#state.kind !== 'offline') this.#schedule(this.#options.delay);
	}

	/** Leaving a field, or the page going to the background: save now. */
	flush(): void {
		if (this.#blocked() || this.#paused) return;
		this.#clearTimer();
		void this.#save();
	}

	/** The browser is back online: retry at once instead of waiting for the next attempt. */
	retryNow(): void {
		if (this.#state.kind === 'offline') this.flush();
	}

	/** After a conflict: take the server's newer draft; the local text is dropped. */
	takeServer(): Fields | null {
		if (this.#state.kind !== 'conflict') return null;
		const { current } = this.#state;
		this.#sequence = current.sequence;
		this.#confirmed = { ...current.fields };
		this.#fields = { ...current.fields };
		this.#options.local.remove();
		this.#savedAt = current.savedAt;
		this.#set({ kind: 'clean', savedAt: current.savedAt });
		return { ...current.fields };
	}

	/** After a conflict: the learner explicitly saves their own text on top of the newer draft. */
	keepMine(): void {
		if (this.#state.kind !== 'conflict') return;
		const { current } = this.#state;
		this.#sequence = current.sequence;
		this.#confirmed = { ...current.fields };
		this.#set({ kind: 'pending' });
		this.#writeLocal();
		this.flush();
	}

	/** A conflict found elsewhere (the submit action) is handled like one found here. */
	conflict(current: ServerDraft): void {
		this.#clearTimer();
		this.#set({ kind: 'conflict', current });
	}

	/** The server stored these fields at this sequence (a save or a submission by form). */
	confirm(sequence: number, fields: Fields, savedAt: string | null): void {
		this.#sequence = sequence;
		this.#confirmed = { ...fields };
		this.#savedAt = savedAt;
		if (this.dirty) {
			this.#writeLocal();
			this.#set({ kind: 'pending' });
			this.#schedule(this.#options.delay);
		} else {
			this.#options.local.remove();
			this.#set({ kind: 'clean', savedAt });
		}
	}

	/** Holds saves while the form is submitted, so the submission names the latest sequence. */
	async pause(): Promise<void> {
		this.#paused = true;
		this.#clearTimer();
		await this.#inFlight;
	}

	resume(): void {
		this.#paused = false;
		if (this.dirty && !this.#blocked()) this.#schedule(this.#options.delay);
	}

	destroy(): void {
		this.#clearTimer();
	}

	#blocked(): boolean {
		return this.#state.kind === 'conflict' || this.#state.kind === 'signed-out';
	}

	#set(state: SyncState): void {
		this.#state = state;
		this.#options.onChange(state);
	}

	#writeLocal(): void {
		const now = this.#options.now?.() ?? new Date();
		this.#localCopy = this.#options.local.write({
			baseSequence: this.#sequence,
			fields: { ...this.#fields },
			savedAt: now.toISOString()
		});
	}

	#schedule(ms: number): void {
		this.#clearTimer();
		this.#timer = this.#timers.set(() => {
			this.#timer = null;
			void this.#save();
		}, ms);
	}

	#clearTimer(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
	}

	async #save(): Promise<void> {
		if (this.#paused || this.#blocked()) return;
		if (this.#inFlight) {
			// One request at a time: the next save starts from the sequence this one returns.
			await this.#inFlight;
			if (!this.dirty || this.#paused || this.#blocked() || this.#state.kind === 'offline') return;
			this.#clearTimer();
			return this.#save();
		}
		if (!this.dirty) return;
		const sent = { ...this.#fields };
		this.#set({ kind: 'saving' });
		this.#inFlight = this.#options
			.send({ sequence: this.#sequence, fields: sent })
			.catch((): SendResult => ({ outcome: 'offline' }))
			.then((result) => this.#handle(result, sent));
		try {
			await this.#inFlight;
		} finally {
			this.#inFlight = null;
		}
	}

	#handle(result: SendResult, sent: Fields): void {
		switch (result.outcome) {
			case 'saved':
				this.#retries = 0;
				this.confirm(result.sequence, sent, result.savedAt);
				return;
			case 'conflict':
				// A save sent as the previous page unloaded can land after this page loaded: the
				// server then already holds exactly this text, so there is nothing to choose.
				if (sameFields(result.current.fields, sent)) {
					this.#retries = 0;
					this.confirm(result.current.sequence, sent, result.current.savedAt);
				} else this.conflict(result.current);
				return;
			case 'invalid':
				this.#set({ kind: 'invalid', errors: result.errors });
				return;
			case 'signed-out':
				this.#set({ kind: 'signed-out' });
				return;
			case 'failed':
				this.#set({ kind: 'failed', status: result.status });
				return;
			case 'offline': {
				const delays = this.#options.retryDelays ?? [2_000, 5_000, 10_000, 20_000];
				const wait = delays[Math.min(this.#retries, delays.length - 1)] ?? 20_000;
				this.#retries++;
				this.#set({ kind: 'offline', localCopy: this.#localCopy });
				this.#schedule(wait);
			}
		}
	}
}
