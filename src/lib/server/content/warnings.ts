import {
	countSentences,
	readability,
	textForAudience,
	type Audience,
	type Readability
} from '../../content';
import type { CourseDraft, ItemDraft } from './draft';
import type { IssueLog } from './issues';
import type { Path } from './yaml';
import { formatPath } from './yaml';

// Authoring signals that do not block publishing: B1 readability of what the assistant track
// reads, and feedback that runs longer than the three sentences the contract asks for.

export const MIN_ASSISTANT_SCORE = 60;
export const MAX_ASSISTANT_WORDS_PER_SENTENCE = 15;
export const MAX_FEEDBACK_SENTENCES = 3;

export interface LessonReadability {
	module: string;
	lesson: string;
	file: string;
	audience: Audience;
	readability: Readability;
}

/** Readability of every lesson for every audience that reads it, in course order. */
export function measureLessons(course: CourseDraft): LessonReadability[] {
	return course.modules.flatMap((module) =>
		module.lessons.flatMap((lesson) =>
			lesson.audiences.map((audience) => ({
				module: module.slug,
				lesson: lesson.slug,
				file: lesson.file,
				audience,
				readability: readability(textForAudience(lesson.markdown, audience))
			}))
		)
	);
}

export function warnAboutReadability(rows: readonly LessonReadability[], log: IssueLog): void {
	for (const row of rows) {
		if (row.audience !== 'ondersteuner') continue;
		const { fleschDouma, wordsPerSentence } = row.readability;
		if (fleschDouma !== null && fleschDouma < MIN_ASSISTANT_SCORE) {
			const message = `Flesch-Douma ${fleschDouma.toFixed(0)} for the assistant track; aim for ${MIN_ASSISTANT_SCORE} or more (B1)`;
			log.warn(row.file, 1, 'readability', message);
		}
		if (wordsPerSentence > MAX_ASSISTANT_WORDS_PER_SENTENCE) {
			const message = `${wordsPerSentence.toFixed(1)} words per sentence for the assistant track; aim for ${MAX_ASSISTANT_WORDS_PER_SENTENCE} or fewer (B1)`;
			log.warn(row.file, 1, 'readability', message);
		}
	}
}

/** Every feedback text and explanation of an item, with its path inside the item. */
export function feedbackTexts(entry: ItemDraft): [Path, string][] {
	const { item } = entry;
	const texts: [Path, string][] = [[['explanation'], item.explanation]];
	const question = item.type === 'scenario' ? item.question : item;
	const base: Path = item.type === 'scenario' ? ['question'] : [];
	const add = (path: Path, text: string) => texts.push([[...base, ...path], text]);
	switch (question.type) {
		case 'single':
		case 'multiple':
			question.options.forEach((o, i) => add(['options', i, 'feedback'], o.feedback));
			break;
		case 'true-false':
			add(['feedbackTrue'], question.feedbackTrue);
			add(['feedbackFalse'], question.feedbackFalse);
			break;
		case 'match':
			question.pairs.forEach((p, i) => add(['pairs', i, 'feedback'], p.feedback));
			question.distractors?.forEach((d, i) => add(['distractors', i, 'feedback'], d.feedback));
			break;
		case 'order':
			question.steps.forEach((s, i) => add(['steps', i, 'feedback'], s.feedback));
			break;
		case 'numeric':
		case 'short-text':
			add(['feedbackCorrect'], question.feedbackCorrect);
			add(['feedbackIncorrect'], question.feedbackIncorrect);
			if (question.type === 'numeric') {
				question.misconceptions?.forEach((m, i) =>
					add(['misconceptions', i, 'feedback'], m.feedback)
				);
			}
			break;
	}
	return texts;
}

export function warnAboutFeedback(course: CourseDraft, log: IssueLog): void {
	for (const module of course.modules) {
		for (const entry of module.items) {
			for (const [path, text] of feedbackTexts(entry)) {
				const sentences = countSentences(text);
				if (sentences > MAX_FEEDBACK_SENTENCES) {
					const message = `${sentences} sentences; keep it to ${MAX_FEEDBACK_SENTENCES} at most`;
					const field = `items[${entry.index}].${formatPath(path)}`;
					log.warn(module.quizFile, entry.lineOf(path), field, message);
				}
			}
		}
	}
}
