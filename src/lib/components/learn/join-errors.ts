import { m } from '$lib/paraglide/messages';

/** Why a join code did not work, in the reader's language; one sentence per reason. */
const MESSAGES: Record<string, () => string> = {
	required: m.learn_join_error_required,
	format: m.learn_join_error_format,
	unknown: m.learn_join_error_unknown,
	archived: m.learn_join_error_archived,
	ended: m.learn_join_error_ended,
	'not-learner': m.learn_join_error_not_learner
};

export function joinError(code: string | undefined): string | undefined {
	if (!code) return undefined;
	return (MESSAGES[code] ?? m.learn_join_error_unknown)();
}
