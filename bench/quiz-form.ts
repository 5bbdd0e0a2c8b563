// The form a learner's browser sends when submitting a quiz: every item answered and every
// confidence given, with the attempt's opaque tokens, so that the benchmark grades real answers.
import type { QuizItem } from '../src/lib/content';
import { attemptScope } from '../src/lib/server/quiz/tokens';
import { itemView } from '../src/lib/server/quiz/view';
import { fieldNames } from '../src/lib/quiz/types';

export function submissionBody(attemptId: string, items: readonly QuizItem[]): string {
	const scope = attemptScope(attemptId);
	const form = new URLSearchParams({ attempt: attemptId });
	items.forEach((item, index) => {
		const { number: n, question: q } = itemView(item, index + 1, scope);
		switch (q.kind) {
			case 'single':
				form.append(fieldNames.answer(n), q.options[0]!.value);
				break;
			case 'multiple':
				for (const option of q.options.slice(0, 2)) form.append(fieldNames.answer(n), option.value);
				break;
			case 'true-false':
				form.append(fieldNames.answer(n), 'true');
				break;
			case 'match':
				q.rows.forEach((row, i) =>
					form.append(fieldNames.matchRow(n, row.value), q.targets[i % q.targets.length]!.value)
				);
				break;
			case 'order':
				q.steps.forEach((step, i) =>
					form.append(fieldNames.orderStep(n, step.value), String(i + 1))
				);
				break;
			case 'numeric':
				form.append(fieldNames.answer(n), '14,5');
				break;
			case 'short-text':
				form.append(fieldNames.answer(n), 'een VOG');
				break;
		}
		form.append(fieldNames.confidence(n), 'twijfel');
	});
	return form.toString();
}
