import { FONT } from './fonts';
import { printable, type Pdf, type PdfStructure } from './document';

// Small writing helpers: each puts text on the page AND into the structure tree, so the reading
// order, headings and lists are there for assistive technology, not only the visual layout.

const HEADING_SIZE = { 1: 22, 2: 16, 3: 13, 4: 11 } as const;
const BODY_SIZE = 10.5;
export const MUTED = '#4b5563';
export const INK = '#1b2330';

export function heading(doc: Pdf, parent: PdfStructure, level: 1 | 2 | 3 | 4, text: string) {
	// Keep a heading with at least a few lines of what follows it.
	if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
	doc.moveDown(level <= 2 ? 0.8 : 0.5);
	doc
		.font(FONT.bold)
		.fontSize(HEADING_SIZE[level])
		.fillColor(INK)
		.text(printable(text), { structParent: parent, structType: `H${level}`, paragraphGap: 4 });
	doc.font(FONT.regular).fontSize(BODY_SIZE);
}

export function paragraph(
	doc: Pdf,
	parent: PdfStructure,
	text: string,
	options: { bold?: boolean; muted?: boolean; size?: number; link?: string } = {}
) {
	doc
		.font(options.bold ? FONT.bold : FONT.regular)
		.fontSize(options.size ?? BODY_SIZE)
		.fillColor(options.muted ? MUTED : INK)
		.text(printable(text), {
			structParent: parent,
			structType: 'P',
			paragraphGap: 6,
			lineGap: 2,
			...(options.link ? { link: options.link, underline: true } : {})
		});
	doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(INK);
}

/** A label in bold followed by its text, as one paragraph (e.g. "Doel: …"). */
export function labelled(doc: Pdf, parent: PdfStructure, label: string, text: string) {
	doc.fontSize(BODY_SIZE).fillColor(INK);
	// One closure, so both fragments sit in one marked-content run of one P element.
	parent.add(
		doc.struct('P', {}, () => {
			doc.font(FONT.bold).text(`${printable(label)}${separator(label)}`, {
				continued: true,
				lineGap: 2
			});
			doc.font(FONT.regular).text(printable(text), { paragraphGap: 6, lineGap: 2 });
		})
	);
}

/** "Situatie: …" but "Wanneer? …": a label that ends in its own punctuation gets no colon. */
function separator(label: string): string {
	return /[?:!]$/.test(label.trim()) ? ' ' : ': ';
}

export function bulletList(doc: Pdf, parent: PdfStructure, items: string[]) {
	const list = doc.struct('L');
	parent.add(list);
	doc
		.font(FONT.regular)
		.fontSize(BODY_SIZE)
		.fillColor(INK)
		.list(items.map(printable), {
			structParent: list,
			structTypes: ['LI', 'Lbl', 'LBody'],
			bulletRadius: 2,
			textIndent: 14,
			paragraphGap: 3
		});
	list.end();
	doc.moveDown(0.5);
}
