import { m } from '$lib/paraglide/messages';

/** Error codes from the server's form schemas and services, in the reader's language. */
const MESSAGES: Record<string, () => string> = {
	required: m.error_required,
	email: m.error_email,
	'name-length': m.error_name_length,
	'too-short': m.error_password_too_short,
	'too-long': m.error_password_too_long,
	common: m.error_password_common,
	context: m.error_password_context,
	personal: m.error_password_personal,
	'wrong-current': m.error_password_wrong_current,
	'same-as-current': m.error_password_same,
	'email-taken': m.register_email_taken,
	invalid: m.login_invalid,
	date: m.error_date,
	'date-order': m.error_date_order,
	track: m.error_track
};

export function formError(code: string | undefined): string | undefined {
	if (!code) return undefined;
	return (MESSAGES[code] ?? m.error_500_text)();
}
