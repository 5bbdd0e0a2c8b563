import { describe, expect, it } from 'vitest';
import { scorePercent, sharePercent } from '../../../src/lib/server/exports/cells';
import { csvStream, csvText, decimalComma, encodeRows } from '../../../src/lib/server/exports/csv';

const scoreCell = (score: number | null) => csvText(scorePercent(score));
const shareCell = (part: number, whole: number) => csvText(sharePercent(part, whole));

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
	}
	return new Uint8Array(Buffer.concat(chunks));
}

async function* pages(...list: string[][][]) {
	for (const page of list) yield page;
}

describe('CSV rows for Dutch Excel', () => {
	it('separates cells with ; and ends every row with CRLF', () => {
		expect(
			encodeRows(
				[
					['a', 'b'],
					['c', 'd']
				],
				false
			)
		).toBe('a;b\r\nc;d\r\n');
	});

	it('starts with a byte-order mark only when asked (the first chunk of a file)', () => {
		expect(encodeRows([['a']], true)).toBe('\ufeffa\r\n');
		expect(encodeRows([['a']], false)).toBe('a\r\n');
	});

	it('quotes cells holding ;, quotes or line breaks, a bare CR too', () => {
		expect(encodeRows([['a;b', 'zei "ja"', 'twee\nregels', 'x\ry']], false)).toBe(
			'"a;b";"zei ""ja""";"twee\nregels";"x\ry"\r\n'
		);
	});

	it('guards cells that a spreadsheet would run as a formula', () => {
		const row = ['=SOM(1;2)', '+31 6', '-2', '@cmd', '\tx', '\rx', 'Anna', '3,5'];
		expect(encodeRows([row], false)).toBe(`"'=SOM(1;2)";'+31 6;'-2;'@cmd;'\tx;"'\rx";Anna;3,5\r\n`);
	});

	it('leaves ordinary text and decimal-comma numbers alone', () => {
		expect(encodeRows([['Zoë', '83,3', 'één']], false)).toBe('Zoë;83,3;één\r\n');
	});

	it('writes counts as digits, percentages with a decimal comma and nothing as empty', () => {
		expect(encodeRows([[3, { percent: 66.666 }, null, { percent: 100 }]], false)).toBe(
			'3;66,7;;100,0\r\n'
		);
	});
});

describe('numbers with a decimal comma', () => {
	it('writes one decimal with a comma', () => {
		expect(decimalComma(83.25)).toBe('83,3');
		expect(decimalComma(100)).toBe('100,0');
		expect(decimalComma(0.5, 2)).toBe('0,50');
	});

	it('floors scores, so 69.96% never reads as a pass mark of 70', () => {
		expect(scoreCell(0.6996)).toBe('69,9');
		expect(scoreCell(0.69999998)).toBe('70,0');
		expect(scoreCell(0.8333)).toBe('83,3');
		expect(scoreCell(1)).toBe('100,0');
		expect(scoreCell(null)).toBe('');
	});

	it('writes shares as percentages, empty without data', () => {
		expect(shareCell(2, 3)).toBe('66,7');
		expect(shareCell(0, 4)).toBe('0,0');
		expect(shareCell(0, 0)).toBe('');
	});
});

describe('the streamed file', () => {
	it('joins the pages with one BOM at the very start, as UTF-8 bytes', async () => {
		const bytes = await readAll(csvStream(pages([['Naam', 'Module']], [['Zoë', 'één']], [])));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(text).toBe('\ufeffNaam;Module\r\nZoë;één\r\n');
		expect(text.match(/\ufeff/g)).toHaveLength(1);
	});

	it('is a BOM alone when there is nothing to write', async () => {
		expect([...(await readAll(csvStream(pages())))]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('reads the next page only when asked, and stops the source when cancelled', async () => {
		let produced = 0;
		let finished = false;
		async function* source() {
			try {
				for (let i = 0; i < 1000; i++) {
					produced++;
					yield [[`rij ${i}`]];
				}
			} finally {
				finished = true;
			}
		}
		const reader = csvStream(source()).getReader();
		await reader.read();
		await reader.read();
		expect(produced).toBeLessThan(5);
		await reader.cancel();
		expect(finished).toBe(true);
	});
});
