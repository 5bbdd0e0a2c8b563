import { m } from '$lib/paraglide/messages';
import type { QuizErrorCode } from '$lib/quiz/types';

/** Field error codes from the quiz server, in the reader's language. */
const TEXTS: Record<QuizErrorCode, () => string> = {
	number: m.quiz_error_number,
	'too-long': m.quiz_error_too_long,
	'choice-unknown': m.quiz_error_choice_unknown,
	'order-incomplete': m.quiz_error_order_incomplete,
	'order-duplicate': m.quiz_error_order_duplicate,
	invalid: m.quiz_error_invalid
};

export function quizErrorText(code: QuizErrorCode | undefined): string | undefined {
	return code ? TEXTS[code]() : undefined;
}
