import { test, expect } from '../support/fixtures';
import { questionOf } from '../../../src/lib/content';
import { enrolInTeacherTrack, itemsOf, quizPath, secretsOf, startQuiz } from './support';

// trust.md: answer keys and feedback never reach the browser before submission.
const MODULE = 'effecten-leraren-school';
const items = itemsOf(MODULE);

/** Undoes JSON and HTML escaping, so an escaped secret is still found. */
function decoded(text: string): string {
	return text
		.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\"/g, '"')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

const CORRECT_FLAG = /["']?\bcorrect["']?\s*:\s*(true|false|!0|!1)/;
const KEY_FIELDS =
	/[{,]\s*["']?(correct|answer|accepted|feedback\w*|explanation|misconceptions|tolerance)["']?\s*:/;

test('the answer key is absent from the HTML, __data.json and every JS chunk', async ({
	page,
	newLearner
}) => {
	// Long flows through several pages; the shared 2-core machine makes them slower still.
	test.slow();
	await newLearner('Kees Kijker');
	await enrolInTeacherTrack(page);
	await startQuiz(page, MODULE);

	const scripts = new Map<string, string>();
	page.on('response', async (response) => {
		if (new URL(response.url()).pathname.endsWith('.js')) {
			scripts.set(response.url(), await response.text().catch(() => ''));
		}
	});
	await page.reload();
	await expect(page.getByRole('button', { name: 'Lever de toets in' })).toBeVisible();

	const html = await (await page.request.get(quizPath(MODULE))).text();
	const data = await (
		await page.request.get(`${quizPath(MODULE)}/__data.json?x-sveltekit-invalidated=11`)
	).text();
	// Every chunk the page names or imports, whether or not the browser has loaded it yet.
	const queue = [...html.matchAll(/(?:href=|src=|import\()"([^"]+\.js)"/g)].map(
		([, path]) => new URL(path!, page.url()).href
	);
	queue.push(...scripts.keys());
	const seen = new Set<string>();
	while (queue.length > 0) {
		const url = queue.pop()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const text = scripts.get(url) ?? (await (await page.request.get(url)).text());
		scripts.set(url, text);
		for (const [, path] of text.matchAll(/["'](\.{1,2}\/[^"']+\.js)["']/g)) {
			queue.push(new URL(path!, url).href);
		}
	}
	expect(scripts.size).toBeGreaterThan(3);

	// The check must be able to see the quiz: every prompt is there.
	for (const item of items) {
		expect(decoded(html)).toContain(questionOf(item).prompt.trim().slice(0, 60));
		expect(decoded(data)).toContain(questionOf(item).prompt.trim().slice(0, 60));
	}
	const bodies = [
		['HTML', decoded(html)],
		['__data.json', decoded(data)],
		...[...scripts].map(([url, text]) => [url, decoded(text)])
	] as const;
	for (const [where, body] of bodies) {
		for (const item of items) {
			for (const secret of secretsOf(item)) {
				expect(body.includes(secret), `${item.id} secret in ${where}`).toBe(false);
			}
		}
		expect(body, where).not.toMatch(CORRECT_FLAG);
	}
	expect(decoded(html)).not.toMatch(KEY_FIELDS);
	expect(decoded(data)).not.toMatch(KEY_FIELDS);

	// After submitting, the same secrets do appear: proof that the check looks for the right texts.
	await page.getByRole('button', { name: 'Lever de toets in' }).click();
	await expect(page.getByText('Nog niet gehaald')).toBeVisible();
	const result = decoded(await page.content());
	expect(items.some((item) => result.includes(item.explanation))).toBe(true);
});
