import { normaliseJoinCode } from '../cohorts/join-code';

/**
 * What is wrong with a typed join code before any look-up: nothing typed, or something that
 * cannot be a code at all (wrong length or a character codes never use, such as 0 or O).
 */
export type JoinInputProblem = 'required' | 'format';

export function checkJoinInput(
	input: string
): { ok: true; code: string } | { ok: false; reason: JoinInputProblem } {
	if (input.trim() === '') return { ok: false, reason: 'required' };
	const code = normaliseJoinCode(input);
	return code ? { ok: true, code } : { ok: false, reason: 'format' };
}
