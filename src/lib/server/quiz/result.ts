import {
	feedbackFor,
	parseResponse,
	questionOf,
	type FeedbackEntry,
	type QuizItem
} from '../../content';
import type { AnswerView, Confidence, FeedbackView, ItemResultView } from '../../quiz/types';
import { caseParagraphs } from './view';

// The review of an answered item, built from the STORED response and score plus the item's
// current content: the score is history and never recomputed; the feedback is looked up.

function answerView(item: QuizItem, response: unknown): AnswerView {
	const parsed = response === null ? null : parseResponse(item, response);
	if (!parsed?.success) return { kind: 'none' };
	const p = parsed.data;
	switch (p.type) {
		case 'single':
		case 'multiple': {
			const ids = p.type === 'single' ? [p.response] : p.response;
			const texts = p.question.options.filter((o) => ids.includes(o.id)).map((o) => o.text);
			return { kind: 'texts', texts };
		}
		case 'true-false':
			return { kind: 'boolean', value: p.response };
		case 'match': {
			const rights = new Map(
				[
					...p.question.pairs.map((pair) => ({ id: pair.id, text: pair.right })),
					...(p.question.distractors ?? [])
				].map((r) => [r.id, r.text])
			);
			const pairs = p.question.pairs.map((pair) => {
				const chosen = p.response[pair.id];
				return { left: pair.left, right: chosen ? (rights.get(chosen) ?? null) : null };
			});
			return { kind: 'pairs', pairs };
		}
		case 'order': {
			const texts = new Map(p.question.steps.map((s) => [s.id, s.text]));
			return { kind: 'texts', texts: p.response.map((id) => texts.get(id) ?? id) };
		}
		case 'numeric':
			return { kind: 'number', value: p.response, unit: p.question.unit ?? null };
		case 'short-text':
			return { kind: 'texts', texts: [p.response] };
	}
}

/** Names what a feedback entry is about: an option's text, a pair (left → right), a step. */
function labelOf(item: QuizItem, entry: FeedbackEntry): string | null {
	const q = questionOf(item);
	switch (q.type) {
		case 'single':
		case 'multiple':
			return q.options.find((o) => o.id === entry.ref)?.text ?? null;
		case 'match': {
			const pair = q.pairs.find((p) => p.id === entry.ref);
			if (pair) return `${pair.left} → ${pair.right}`;
			return q.distractors?.find((d) => d.id === entry.ref)?.text ?? null;
		}
		case 'order':
			return q.steps.find((s) => s.id === entry.ref)?.text ?? null;
		default:
			return null;
	}
}

/** A part the learner should have given: a right option not chosen, a pair not matched. */
function missed(item: QuizItem, entry: FeedbackEntry): boolean {
	const q = questionOf(item);
	if (q.type === 'single' || q.type === 'multiple') {
		return q.options.some((o) => o.id === entry.ref && o.correct === true);
	}
	return q.type === 'match' && q.pairs.some((p) => p.id === entry.ref);
}

function feedbackViews(item: QuizItem, response: unknown): FeedbackView[] {
	// Feedback texts answer a choice ("Klopt, …"), so an item left open gets only the explanation.
	if (response === null) return [];
	return feedbackFor(item, response).map((entry) => ({
		label: labelOf(item, entry),
		text: entry.text,
		status: entry.right ? 'right' : missed(item, entry) ? 'missed' : 'wrong'
	}));
}

export interface StoredAnswer {
	itemId: string;
	response: unknown;
	score: number;
	correct: boolean;
	confidence: Confidence | null;
}

export function itemResult(
	item: QuizItem | undefined,
	number: number,
	stored: StoredAnswer
): ItemResultView {
	const base = {
		id: stored.itemId,
		number,
		score: stored.score,
		correct: stored.correct,
		unanswered: stored.response === null,
		confidence: stored.confidence
	};
	if (!item) {
		return {
			...base,
			available: false,
			prompt: null,
			caseText: null,
			answer: { kind: 'none' },
			feedback: [],
			explanation: null,
			passages: []
		};
	}
	return {
		...base,
		available: true,
		prompt: questionOf(item).prompt,
		caseText: item.type === 'scenario' ? caseParagraphs(item.case) : null,
		answer: answerView(item, stored.response),
		feedback: feedbackViews(item, stored.response),
		explanation: item.explanation,
		passages: [...item.passages]
	};
}
