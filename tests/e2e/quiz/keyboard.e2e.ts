import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from '../support/fixtures';
import { course, enrolInTeacherTrack, itemsOf, moveFor, quizPath } from './support';

// Keyboard only: Tab, Space, the arrow keys and Enter (plus typing into text fields). No mouse.
const MODULE = 'effecten-leraren-school';
const items = itemsOf(MODULE);

interface Focused {
	tag: string;
	type: string;
	name: string;
	checked: boolean;
	label: string;
	selected: string;
	options: number;
	item: string | null;
	text: string;
}

function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement;
		const label = (el: Element): string => {
			const own = el.closest('label')?.textContent;
			const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
			return (own ?? byFor ?? '').replace(/\s+/g, ' ').trim();
		};
		if (!(el instanceof HTMLElement)) {
			return {
				tag: '',
				type: '',
				name: '',
				checked: false,
				label: '',
				selected: '',
				options: 0,
				item: null,
				text: ''
			};
		}
		const input = el instanceof HTMLInputElement ? el : null;
		const select = el instanceof HTMLSelectElement ? el : null;
		return {
			tag: el.tagName.toLowerCase(),
			type: input?.type ?? '',
			name: input?.name ?? select?.name ?? '',
			checked: input?.checked ?? false,
			label: label(el),
			selected: select ? (select.selectedOptions[0]?.textContent ?? '').trim() : '',
			options: select?.options.length ?? 0,
			item: el.closest('[data-item]')?.getAttribute('data-item') ?? null,
			text: (el.textContent ?? '').trim()
		};
	});
}

async function tabTo(page: Page, text: string) {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		if ((await focused(page)).text === text) return;
	}
	throw new Error(`"${text}" never got focus`);
}

/** Acts on the focused control so that its item gets the right answer; returns when done. */
async function answerFocused(page: Page, now: Focused, done: Set<string>) {
	const item = now.item ? course.item(now.item) : undefined;
	if (!item || now.name.endsWith('-confidence')) return;
	const move = moveFor(item, true);
	if (move.kind === 'choose' && now.type === 'radio') {
		// Arrow keys move through a radio group and check what they land on.
		let current = now;
		for (let i = 0; i < 8 && current.label !== move.texts[0]; i++) {
			await page.keyboard.press('ArrowDown');
			current = await focused(page);
		}
		if (!current.checked) await page.keyboard.press('Space');
		expect(current.label, item.id).toBe(move.texts[0]);
	} else if (move.kind === 'choose' && now.type === 'checkbox') {
		if (move.texts.includes(now.label) && !now.checked) await page.keyboard.press('Space');
	} else if (move.kind === 'select' && now.tag === 'select') {
		const want = move.choices.find((c) => c.label === now.label)?.option;
		let current = now;
		for (let i = 0; i < current.options && current.selected !== want; i++) {
			await page.keyboard.press('ArrowDown');
			current = await focused(page);
		}
		expect(current.selected, `${item.id}: ${now.label}`).toBe(want);
	} else if (move.kind === 'type' && now.tag === 'input' && !done.has(now.name)) {
		await page.keyboard.type(move.text);
	}
	done.add(now.name);
}

test('a quiz can be completed with the keyboard alone', async ({ page, newLearner }) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	await newLearner('Kim Toetsenbord');
	await enrolInTeacherTrack(page);
	await page.goto(quizPath(MODULE));
	await expectAccessible(page);

	await tabTo(page, 'Start de toets');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Lever de toets in' })).toBeVisible();

	const done = new Set<string>();
	let submitted = false;
	for (let presses = 0; presses < 400 && !submitted; presses++) {
		await page.keyboard.press('Tab');
		const now = await focused(page);
		if (now.tag === 'button' && now.text === 'Lever de toets in') {
			await expect(page.getByText(`${items.length} van ${items.length} beantwoord`)).toBeVisible();
			await page.keyboard.press('Enter');
			submitted = true;
		} else {
			await answerFocused(page, now, done);
		}
	}
	expect(submitted).toBe(true);
	await expect(page.getByText('Gehaald! Je had 70% nodig.')).toBeVisible();
	await expect(
		page.getByText(`Je score: ${items.length} van ${items.length} punten`)
	).toBeVisible();
	await expectAccessible(page);
});
