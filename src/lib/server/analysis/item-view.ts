import { questionOf } from '../../content';
import type { ItemContentView, KeyView, PassageLink } from '../../analysis/views';
import type { Course, CourseItem } from '../content';
import { caseParagraphs } from '../quiz/view';

// An item as the trainer's analysis shows it: prompt, key, explanation and the passages it rests
// on. Built field by field, like the learner's view, so nothing unplanned reaches the page.

function keyOf(item: CourseItem): KeyView {
	const q = questionOf(item);
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { type: q.type };
		case 'true-false':
			return { type: 'true-false', answer: q.answer };
		case 'match':
			return {
				type: 'match',
				pairs: q.pairs.map((p) => ({ left: p.left, right: p.right })),
				distractors: (q.distractors ?? []).map((d) => d.text)
			};
		case 'order':
			return { type: 'order', steps: q.steps.map((s) => s.text) };
		case 'numeric':
			return {
				type: 'numeric',
				answer: q.answer,
				tolerance: q.tolerance,
				unit: q.unit ?? null,
				misconceptions: (q.misconceptions ?? []).map((m) => ({
					value: m.value,
					feedback: m.feedback
				}))
			};
		case 'short-text':
			return { type: 'short-text', accepted: [...q.accepted] };
	}
}

function passageLinks(course: Course, ids: readonly string[]): PassageLink[] {
	return ids.map((id) => {
		const section = course.passage(id)?.section ?? null;
		return { id, section: course.sections.find((s) => s.id === section)?.title ?? null };
	});
}

export function itemContentView(course: Course, item: CourseItem): ItemContentView {
	const q = questionOf(item);
	return {
		id: item.id,
		type: q.type,
		scenario: item.type === 'scenario',
		caseText: item.type === 'scenario' ? caseParagraphs(item.case) : null,
		prompt: q.prompt,
		explanation: item.explanation,
		key: keyOf(item),
		passages: passageLinks(course, item.passages)
	};
}
