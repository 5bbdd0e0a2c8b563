import type { CheckinResult } from './types';

/** Reads an action's failure data (untyped on the client) as a check-in result. */
export function asCheckinResult(data: unknown): CheckinResult | null {
	if (typeof data !== 'object' || data === null) return null;
	if ('alreadyAnswered' in data && data.alreadyAnswered === true) return { alreadyAnswered: true };
	if (!('errors' in data) || typeof data.errors !== 'object' || data.errors === null) return null;
	const answerError = 'answer' in data.errors ? data.errors.answer : undefined;
	const values = 'values' in data && typeof data.values === 'object' ? data.values : null;
	const answer = values && 'answer' in values ? values.answer : '';
	return {
		errors: typeof answerError === 'string' ? { answer: answerError } : {},
		values: { answer: typeof answer === 'string' ? answer : '' }
	};
}
