import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';
import { E2E_COHORTS } from '../support/users';
import { questionOf, type QuizItem } from '../../../src/lib/content';
import { getCourse } from '../../../src/lib/server/content';

// The test process may read the course content (answer keys included); the browser may not.
// These helpers answer quiz items through the page by their visible texts.

export const course = getCourse();
export const TEACHER_TRACK = 'ondersteuners-effectief-inzetten';

export function quizPath(module: string, track = TEACHER_TRACK): string {
	return `/leren/${track}/${module}/toets`;
}

export function itemsOf(module: string, audience: 'leraar' | 'ondersteuner' = 'leraar') {
	return course.itemsFor(module, audience);
}

/** Enrols the logged-in learner in the teacher track by joining the seeded open group. */
export async function enrolInTeacherTrack(page: Page) {
	await page.goto(`/deelnemen/${E2E_COHORTS.open.joinCode}`);
	await page.getByRole('button', { name: 'Meedoen met deze groep' }).click();
	await expect(page).toHaveURL(/\/leren(\?|$)/);
}

export async function startQuiz(page: Page, module: string) {
	await page.goto(quizPath(module));
	await page.getByRole('button', { name: /Start de toets|Maak de toets opnieuw/ }).click();
	await expect(page.getByRole('button', { name: 'Lever de toets in' })).toBeVisible();
}

/** Texts that a learner may only see after submitting: feedback and explanations. */
export function secretsOf(item: QuizItem): string[] {
	const q = questionOf(item);
	const texts = [item.explanation];
	if (q.type === 'single' || q.type === 'multiple') texts.push(...q.options.map((o) => o.feedback));
	if (q.type === 'true-false') texts.push(q.feedbackTrue, q.feedbackFalse);
	if (q.type === 'match') {
		texts.push(...q.pairs.map((p) => p.feedback), ...(q.distractors ?? []).map((d) => d.feedback));
	}
	if (q.type === 'order') texts.push(...q.steps.map((s) => s.feedback));
	if (q.type === 'numeric' || q.type === 'short-text') {
		texts.push(q.feedbackCorrect, q.feedbackIncorrect);
	}
	if (q.type === 'numeric') texts.push(...(q.misconceptions ?? []).map((m) => m.feedback));
	return texts;
}

/** What a learner does to answer an item right (or wrong), in visible texts. */
export type Move =
	| { kind: 'choose'; texts: string[] }
	| { kind: 'select'; choices: { label: string; option: string }[] }
	| { kind: 'type'; text: string };

export function moveFor(item: QuizItem, right: boolean): Move {
	const q = questionOf(item);
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const correct = q.options.filter((o) => o.correct === true);
			const wrong = q.options.filter((o) => o.correct !== true).slice(0, 1);
			return { kind: 'choose', texts: (right ? correct : wrong).map((o) => o.text) };
		}
		case 'true-false':
			return { kind: 'choose', texts: [q.answer === right ? 'Waar' : 'Niet waar'] };
		case 'match':
			return {
				kind: 'select',
				choices: q.pairs.map((pair, i) => ({
					label: pair.left,
					option: (right ? pair : (q.pairs[(i + 1) % q.pairs.length] ?? pair)).right
				}))
			};
		case 'order':
			return {
				kind: 'select',
				choices: q.steps.map((step, i) => ({
					label: step.text,
					option: `Plaats ${right ? i + 1 : q.steps.length - i}`
				}))
			};
		case 'numeric':
			// The Dutch decimal comma, as a learner types it.
			return { kind: 'type', text: right ? `${String(q.answer).replace('.', ',')},0` : '9999' };
		case 'short-text':
			return { kind: 'type', text: right ? (q.accepted[0] ?? '') : 'geen idee' };
	}
}

export function itemSection(page: Page, item: QuizItem): Locator {
	return page.locator(`section[data-item="${item.id}"]`);
}

/** Answers one item with the mouse. */
export async function answerItem(page: Page, item: QuizItem, right: boolean) {
	const section = itemSection(page, item);
	const move = moveFor(item, right);
	if (move.kind === 'choose') {
		for (const text of move.texts) await section.getByLabel(text, { exact: true }).check();
	} else if (move.kind === 'select') {
		for (const { label, option } of move.choices) {
			await section.getByLabel(label, { exact: true }).selectOption({ label: option });
		}
	} else {
		await section.locator('input[type="text"]').fill(move.text);
	}
}

export async function answerAll(page: Page, items: readonly QuizItem[], right: boolean) {
	for (const item of items) await answerItem(page, item, right);
}

/** No sideways scrolling at the current width. */
export async function expectNoOverflow(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}
