import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import type { Cohort } from '../../src/lib/server/db/schema';
import { progressExport, resultsExport } from '../../src/lib/server/exports';
import type { ExportCell } from '../../src/lib/server/exports/cells';
import { csvText } from '../../src/lib/server/exports/csv';
import { progressLabels, resultsLabels } from '../../src/lib/server/exports/labels';
import { progressRows } from '../../src/lib/server/exports/progress';
import { resultRows } from '../../src/lib/server/exports/results';
import readXlsxFile from 'read-excel-file/node';
import { freshDatabase } from './fresh-database';
import { complete, group, itemsOf, join, leave, person, quiz } from './overview-fixtures';

const NOW = new Date('2026-10-20T10:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** The rows as the CSV file writes their cells. */
async function collect(pages: AsyncIterable<ExportCell[][]>) {
	const sizes: number[] = [];
	const rows: string[][] = [];
	for await (const page of pages) {
		sizes.push(page.length);
		rows.push(...page.map((row) => row.map(csvText)));
	}
	return { sizes, rows };
}

describe('the group exports', () => {
	let handle: DatabaseHandle;
	let cohort: Cohort;
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		ids.trainer = await person(db, 'Olaf Opleider', 'trainer');
		ids.stranger = await person(db, 'Anna Anderegroep', 'trainer');
		cohort = await group(db, ids.trainer, { name: 'Pabo 2 – groep A' });
		const other = await group(db, ids.stranger);
		for (const [key, name] of [
			['jan1', 'Jan de Boer'],
			['jan2', 'Jan de Boer'],
			['formula', '=SOM(1;2)'],
			['zoe', 'Zoë Ünal'],
			['gone', 'Gijs Weg'],
			['outsider', 'Otto Buiten']
		] as const) {
			ids[key] = await person(db, name);
		}
		for (const key of ['jan1', 'jan2', 'formula', 'zoe', 'gone']) {
			await join(db, cohort.id, ids[key]!, daysAgo(5));
		}
		await leave(db, cohort.id, ids.gone!, daysAgo(1));
		await join(db, other.id, ids.outsider!, daysAgo(5));

		const [one, two] = itemsOf('functies');
		await complete(db, ids.zoe!, 'functies', daysAgo(2));
		// Zoë: first attempt one wrong (sure) and two right; the second attempt both right.
		await quiz(db, {
			userId: ids.zoe!,
			moduleSlug: 'functies',
			score: 0.5,
			passed: false,
			at: daysAgo(4),
			answers: { [one!]: { correct: false, confidence: 'zeker' }, [two!]: { correct: true } }
		});
		await quiz(db, {
			userId: ids.formula!,
			moduleSlug: 'functies',
			score: 0.8333,
			passed: true,
			at: daysAgo(3),
			answers: { [one!]: { correct: true }, [two!]: { correct: true } }
		});
		await quiz(db, {
			userId: ids.zoe!,
			moduleSlug: 'functies',
			score: 1,
			passed: true,
			at: daysAgo(1),
			answers: { [one!]: { correct: true }, [two!]: { correct: true } }
		});
		// Outside the group, or in the other audience: never counted.
		for (const [userId, audience] of [
			[ids.outsider!, 'leraar'],
			[ids.gone!, 'leraar'],
			[ids.jan1!, 'ondersteuner']
		] as const) {
			await quiz(db, {
				userId,
				moduleSlug: 'functies',
				score: 0,
				passed: false,
				at: daysAgo(2),
				audience,
				answers: { [one!]: { correct: false, confidence: 'zeker' } }
			});
		}
	});
	afterAll(() => handle.close());
	const owner = () => ({
		id: ids.trainer!,
		email: 'o@school.nl',
		name: 'Olaf',
		role: 'trainer' as const
	});

	it('writes a row per learner per module, a page of learners at a time, in name order', async () => {
		const { sizes, rows } = await collect(
			progressRows(handle.db, cohort, NOW, progressLabels(), 3)
		);
		// The header, then pages of 3 and 1 learners × 8 modules.
		expect(sizes).toEqual([1, 24, 8]);
		expect(rows[0]).toEqual([
			'Naam',
			'E-mailadres',
			'Module',
			'Status',
			'Lessen gelezen',
			'Lessen totaal',
			'Beste score (%)',
			'Toets gehaald',
			'Reflectie ingeleverd',
			'Laatst actief'
		]);
		const learners = rows
			.slice(1)
			.filter((_, i) => i % 8 === 0)
			.map((r) => r[0]);
		expect(learners).toEqual(['=SOM(1;2)', 'Jan de Boer', 'Jan de Boer', 'Zoë Ünal']);
		expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(4);
	});

	it('fills in status, lessons, the best score with a decimal comma, and Amsterdam dates', async () => {
		const { rows } = await collect(progressRows(handle.db, cohort, NOW, progressLabels(), 100));
		const formula = rows.find(
			(r) => r[0] === '=SOM(1;2)' && r[2] === 'Vier ondersteunende functies'
		);
		expect(formula?.slice(3)).toEqual([
			'Bezig',
			'0',
			formula?.[5],
			'83,3',
			'Ja',
			'Nee',
			'2026-10-17'
		]);
		const zoe = rows.find((r) => r[0] === 'Zoë Ünal' && r[2] === 'Vier ondersteunende functies');
		expect(zoe?.[3]).toBe('Afgerond');
		expect(zoe?.[6]).toBe('100,0');
		expect(Number(zoe?.[4])).toBe(Number(zoe?.[5]));
	});

	it('tallies each item over the group’s attempts: first attempt and all attempts', async () => {
		const { rows } = await collect(resultRows(handle.db, cohort, resultsLabels()));
		const [one, two, three] = itemsOf('functies');
		const byId = (id: string | undefined) => rows.find((r) => r[1] === id);
		// one: first attempts Zoë wrong (sure), formula right → 50 %; over all 3 answers: 2 right.
		expect(byId(one)?.slice(4)).toEqual(['2', '50,0', '3', '66,7', '1']);
		expect(byId(two)?.slice(4)).toEqual(['2', '100,0', '3', '100,0', '0']);
		expect(byId(three)?.slice(4)).toEqual(['0', '', '0', '', '0']);
		expect(byId(one)?.[0]).toBe('Vier ondersteunende functies');
		expect(rows.length - 1).toBe(
			[
				'functies',
				'arbeidsmarkt',
				'taken',
				'effecten-leerlingen',
				'effecten-leraren-school',
				'wat-werkt',
				'opleiding-en-schoolleiding',
				'aansturen'
			]
				.map((m) => itemsOf(m).length)
				.reduce((a, b) => a + b, 0)
		);
	});

	it('streams a guarded, Dutch-Excel file to the group’s trainer only', async () => {
		const response = await progressExport(handle.db, owner(), cohort.id, NOW, 'csv');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="klasteam-voortgang-pabo-2-groep-a-2026-10-20.csv"'
		);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		expect(text).toContain(`\r\n"'=SOM(1;2)";`);
		expect(text.split('\r\n')[1]?.split(';')).toHaveLength(11); // the quoted ; stays in its cell

		const stranger = { ...owner(), id: ids.stranger! };
		await expect(progressExport(handle.db, stranger, cohort.id, NOW, 'csv')).rejects.toMatchObject({
			status: 404
		});
		await expect(resultsExport(handle.db, stranger, cohort.id, NOW, 'csv')).rejects.toMatchObject({
			status: 404
		});
	});

	it('writes the same rows as an Excel workbook, with numbers as numbers and text as text', async () => {
		const response = await progressExport(handle.db, owner(), cohort.id, NOW, 'xlsx');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="klasteam-voortgang-pabo-2-groep-a-2026-10-20.xlsx"'
		);
		expect(response.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
		expect(sheet?.sheet).toBe('Voortgang');
		const rows = sheet?.data ?? [];
		const csv = await collect(progressRows(handle.db, cohort, NOW, progressLabels(), 100));
		expect(rows).toHaveLength(csv.rows.length);
		expect(rows[0]).toEqual(csv.rows[0]);
		const formula = rows.find(
			(r) => r[0] === '=SOM(1;2)' && r[2] === 'Vier ondersteunende functies'
		);
		// The name is a text cell, never a formula; counts and the best score are numbers.
		expect(formula?.slice(3, 7)).toEqual(['Bezig', 0, formula?.[5], 83.3]);
		expect(typeof formula?.[5]).toBe('number');
		expect(formula?.[9]).toBe('2026-10-17');

		const results = await resultsExport(handle.db, owner(), cohort.id, NOW, 'xlsx');
		const [resultSheet] = await readXlsxFile(Buffer.from(await results.arrayBuffer()));
		const [one] = itemsOf('functies');
		const item = resultSheet?.data.find((r) => r[1] === one);
		expect(item?.slice(4, 8)).toEqual([2, 50, 3, expect.closeTo(66.667, 2)]);
		const stranger = { ...owner(), id: ids.stranger! };
		await expect(progressExport(handle.db, stranger, cohort.id, NOW, 'xlsx')).rejects.toMatchObject(
			{ status: 404 }
		);
	});
});
