import type { LocalDraft } from './local-drafts';
import { sameFields } from './rules';
import type { ServerDraft } from './types';

/**
 * What to do with a local copy found when the form opens:
 * - `discard`: it holds nothing the server lacks;
 * - `restore`: edits made on top of the server's current draft that never reached it (a network
 *   drop, a closed tab): put them back and save them;
 * - `offer`: the server moved on since (another tab, a submission); the learner chooses, because
 *   either choice would otherwise overwrite someone's text silently.
 */
export type RestoreDecision = 'none' | 'discard' | 'restore' | 'offer';

export function restoreDecision(local: LocalDraft | null, server: ServerDraft): RestoreDecision {
	if (!local) return 'none';
	if (sameFields(local.fields, server.fields)) return 'discard';
	return local.baseSequence === server.sequence ? 'restore' : 'offer';
}
