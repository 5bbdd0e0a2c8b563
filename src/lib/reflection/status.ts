import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { SyncState } from './draft-sync';
import { formatClock } from '../i18n/format';

/** The save status in words: "Opgeslagen om 14:32", or what went wrong and where the text is. */
export function statusText(state: SyncState): string {
	switch (state.kind) {
		case 'clean':
			return state.savedAt
				? m.reflection_status_saved({ time: formatClock(state.savedAt, getLocale()) })
				: m.reflection_status_never();
		case 'pending':
			return m.reflection_status_pending();
		case 'saving':
			return m.reflection_status_saving();
		case 'offline':
			return state.localCopy
				? m.reflection_status_offline()
				: m.reflection_status_offline_nolocal();
		case 'conflict':
			return m.reflection_status_conflict();
		case 'invalid':
			return m.reflection_status_invalid();
		case 'signed-out':
			return m.reflection_status_signed_out();
		case 'failed':
			return m.reflection_status_failed();
	}
}

/** States that need the learner's attention, and so are announced once when they begin. */
export function isProblem(state: SyncState): boolean {
	return state.kind !== 'clean' && state.kind !== 'pending' && state.kind !== 'saving';
}
