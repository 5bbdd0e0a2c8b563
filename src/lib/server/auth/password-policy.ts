import { dictionary } from '@zxcvbn-ts/language-common';

/** NIST SP 800-63B-4 and ASVS V6: length over composition, and no known-weak passwords. */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

/** Words that make a password guessable for this product and audience. */
const CONTEXT_WORDS = [
	'klasteam',
	'wachtwoord',
	'welkom',
	'password',
	'pabo',
	'school',
	'onderwijs',
	'leraar',
	'opleider',
	'deelnemer',
	'beheerder',
	'qwerty',
	'azerty'
];

const common = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'context' | 'personal';

/** Letters only, lower-cased: `Welkom2024!` and `welkom` are the same guess. */
function letters(value: string): string {
	return value
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}]/gu, '');
}

export function checkPassword(
	password: string,
	personal: { email?: string; name?: string } = {}
): PasswordProblem | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'too-short';
	if (length > PASSWORD_MAX_LENGTH) return 'too-long';

	const lowered = password.toLowerCase().trim();
	const core = letters(password);
	if (common.has(lowered) || common.has(core)) return 'common';

	// What is left once the context words, digits and symbols are taken out must still be a guess.
	let rest = core;
	for (const word of CONTEXT_WORDS) rest = rest.split(word).join('');
	if (rest.length < 8) return 'context';

	const personalParts = [personal.email?.split('@')[0], personal.name]
		.map((part) => letters(part ?? ''))
		.filter((part) => part.length >= 3);
	for (const part of personalParts) {
		if (core.split(part).join('').length < 8) return 'personal';
	}
	return null;
}
