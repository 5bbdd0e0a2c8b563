import { stringify } from 'csv-stringify/sync';

// CSV for Dutch Excel (shared/research/ecosystem-nl.md): UTF-8 with a byte-order mark, `;`
// between cells, CRLF between rows, decimal commas, and no `sep=;` line (it makes Excel ignore
// the BOM). csv-stringify does the quoting and, with `escape_formulas`, prefixes a `'` to any
// cell starting with =, +, -, @, tab or CR, so a learner named "=HYPERLINK(…)" stays text.

export const CSV_OPTIONS = {
	delimiter: ';',
	record_delimiter: '\r\n',
	escape_formulas: true,
	// csv-stringify quotes only cells holding its own record delimiter; a bare LF or CR inside
	// an unquoted cell would still split the row in Excel.
	quoted_match: /[\r\n]/
} as const;

/** Rows as CSV text; the BOM goes in front of the first chunk of a file only. */
export function encodeRows(rows: readonly (readonly string[])[], bom: boolean): string {
	if (rows.length === 0) return bom ? '\ufeff' : '';
	return stringify(
		rows.map((row) => [...row]),
		{ ...CSV_OPTIONS, bom }
	);
}

/** A number with a decimal comma and a fixed number of decimals: 83.25 → "83,3" (1 decimal). */
export function decimalComma(value: number, digits = 1): string {
	return value.toFixed(digits).replace('.', ',');
}

/**
 * A score of 0..1 as a percentage with one decimal, rounded DOWN like the learner's own
 * percentage, so 69.96% never reads as "70,0" next to a pass mark of 70. The tolerance absorbs
 * real-column noise (0.7 stored as 0.69999998).
 */
export function scoreCell(score: number | null): string {
	if (score === null) return '';
	return decimalComma(Math.floor(score * 1000 + 1e-3) / 10);
}

/** A share of a whole (e.g. 7 of 9 right) as a percentage with one decimal; empty without data. */
export function shareCell(part: number, whole: number): string {
	if (whole <= 0) return '';
	return decimalComma((part / whole) * 100);
}

const encoder = new TextEncoder();

/**
 * A CSV file as a byte stream, fed one page at a time: the next page is read from the database
 * only when the client has taken the previous one (`pull`), so memory stays flat however large
 * the group. A client that goes away ends the generator, which stops the queries.
 */
export function csvStream(pages: AsyncIterable<string[][]>): ReadableStream<Uint8Array> {
	const iterator = pages[Symbol.asyncIterator]();
	let first = true;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await iterator.next();
			if (next.done) {
				if (first) controller.enqueue(encoder.encode('\ufeff'));
				controller.close();
				return;
			}
			controller.enqueue(encoder.encode(encodeRows(next.value, first)));
			first = false;
		},
		async cancel() {
			await iterator.return?.();
		}
	});
}
