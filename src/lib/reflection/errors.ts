import { formatNumber } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_FIELD_CHARS } from './limits';

/** A field error code from the server, in the reader's language. */
export function fieldErrorText(
	code: string | undefined,
	max = MAX_FIELD_CHARS
): string | undefined {
	switch (code) {
		case undefined:
			return undefined;
		case 'required':
			return m.reflection_error_required();
		case 'too-long':
			return m.reflection_error_too_long({ max: formatNumber(max, getLocale()) });
		case 'date':
			return m.reflection_error_date();
		case 'choice':
			return m.reflection_error_choice();
		default:
			return m.reflection_error_invalid();
	}
}
