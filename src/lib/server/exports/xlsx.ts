import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import type { ExportCell } from './cells';

// The same exports as .xlsx (write-excel-file): typed cells, so Excel calculates with counts and
// percentages in any language setting, and text stays text. A cell typed as text is never
// evaluated, so the CSV's formula guard is not needed here: "=SOM(1;2)" is shown as written.
// A workbook is a zip whose directory comes last, so the file is built whole: a group of 500
// learners is 4,000 rows, about 100 KB.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function xlsxCell(cell: ExportCell, header: boolean): Cell {
	if (cell === null) return null;
	if (typeof cell === 'string')
		return header
			? { type: String, value: cell, fontWeight: 'bold' }
			: { type: String, value: cell };
	if (typeof cell === 'number') return { type: Number, value: cell };
	return { type: Number, value: cell.percent, format: '0.0' };
}

/** One sheet with the header row in bold and kept in view while scrolling. */
export async function xlsxFile(
	pages: AsyncIterable<ExportCell[][]>,
	sheet: string
): Promise<Buffer> {
	const rows: Cell[][] = [];
	for await (const page of pages) {
		for (const row of page) rows.push(row.map((cell) => xlsxCell(cell, rows.length === 0)));
	}
	return writeXlsxFile(rows, { sheet, stickyRowsCount: 1 }).toBuffer();
}
