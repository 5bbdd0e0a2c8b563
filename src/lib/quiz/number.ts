// Learners type numbers the Dutch way: "14,5" means 14.5, and "1.234,5" means 1234.5.
// A lone point stays a decimal point ("14.5"), since phones and English keyboards offer it.

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/;

/** Longest input worth reading as a number; anything longer is not a typo but garbage. */
export const MAX_NUMBER_LENGTH = 40;

/** The number a learner typed, or null when it is not one. A trailing `%` is allowed. */
export function parseDecimal(input: string): number | null {
	if (input.length > MAX_NUMBER_LENGTH) return null;
	const text = input
		.trim()
		.replace(/\s+/g, '')
		.replace(/\u2212/g, '-')
		.replace(/%$/, '');
	if (text === '') return null;
	let normal: string;
	if (GROUPED.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
	else if (NUMBER.test(text)) normal = text.replace(',', '.');
	else return null;
	const value = Number(normal);
	return Number.isFinite(value) ? value : null;
}
