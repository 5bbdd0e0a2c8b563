import { stringify } from 'csv-stringify/sync';
import type { ExportCell } from './cells';

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

/** A cell as CSV text: counts as digits, percentages with one decimal and a decimal comma. */
export function csvText(cell: ExportCell): string {
	if (cell === null) return '';
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'number') return String(cell);
	return decimalComma(cell.percent);
}

/** Rows as CSV text; the BOM goes in front of the first chunk of a file only. */
export function encodeRows(rows: readonly (readonly ExportCell[])[], bom: boolean): string {
	if (rows.length === 0) return bom ? '\ufeff' : '';
	return stringify(
		rows.map((row) => row.map(csvText)),
		{ ...CSV_OPTIONS, bom }
	);
}

/** A number with a decimal comma and a fixed number of decimals: 83.25 → "83,3" (1 decimal). */
export function decimalComma(value: number, digits = 1): string {
	return value.toFixed(digits).replace('.', ',');
}

const encoder = new TextEncoder();

/**
 * A CSV file as a byte stream, fed one page at a time: the next page is read from the database
 * only when the client has taken the previous one (`pull`), so memory stays flat however large
 * the group. A client that goes away ends the generator, which stops the queries.
 */
export function csvStream(pages: AsyncIterable<ExportCell[][]>): ReadableStream<Uint8Array> {
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
