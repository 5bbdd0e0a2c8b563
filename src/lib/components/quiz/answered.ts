import type { FormValues, ItemView } from '$lib/quiz/types';

/**
 * How many items have an answer, from the form's current values: an item counts once any of
 * its answer fields (`q3`, `q3-r-…`, `q3-s-…`, not the confidence) holds something.
 */
export function countAnswered(items: readonly ItemView[], values: FormValues): number {
	const filled = new Set<number>();
	for (const [key, list] of Object.entries(values)) {
		const match = /^q(\d+)(?:-[rs]-.+)?$/.exec(key);
		if (match && list.some((v) => v.trim() !== '')) filled.add(Number(match[1]));
	}
	return items.filter((item) => filled.has(item.number)).length;
}

export function valuesOf(form: HTMLFormElement): FormValues {
	const values: FormValues = {};
	for (const [key, value] of new FormData(form)) {
		if (typeof value === 'string') (values[key] ??= []).push(value);
	}
	return values;
}
