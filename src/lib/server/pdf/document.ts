import PDFDocument from 'pdfkit';
import { FONT, fontSource } from './fonts';

export type Pdf = PDFKit.PDFDocument;
export type PdfStructure = PDFKit.PDFStructureElement;

export interface PdfMeta {
	title: string;
	/** BCP 47, e.g. `nl-NL`: screen readers pick their voice from it. */
	lang: string;
	author?: string;
	layout?: 'portrait' | 'landscape';
}

export interface OpenPdf {
	doc: Pdf;
	/** The tagged document's root: every heading and paragraph hangs under it. */
	root: PdfStructure;
	/** The bytes as they are written; ends when `finish()` has been called. */
	body: ReadableStream<Uint8Array>;
	finish(): void;
}

/**
 * A tagged (accessible) A4 PDF with the title shown in the viewer's title bar, the language set,
 * and DejaVu Sans embedded from the first glyph on (no standard font is ever referenced).
 */
export function openPdf(meta: PdfMeta): OpenPdf {
	const doc = new PDFDocument({
		size: 'A4',
		layout: meta.layout ?? 'portrait',
		margin: 56,
		pdfVersion: '1.7',
		tagged: true,
		lang: meta.lang,
		displayTitle: true,
		// No default font: pdfkit would load Helvetica, which cannot print ĳ or ≥. DejaVu follows.
		font: '',
		info: {
			Title: meta.title,
			Creator: 'Klasteam',
			...(meta.author ? { Author: meta.author } : {})
		}
	});
	doc.registerFont(FONT.regular, fontSource(FONT.regular));
	doc.registerFont(FONT.bold, fontSource(FONT.bold));
	doc.font(FONT.regular);
	const body = toWebStream(doc);
	const root = doc.struct('Document');
	doc.addStructure(root);
	return {
		doc,
		root,
		body,
		finish() {
			root.end();
			doc.end();
		}
	};
}

function toWebStream(doc: Pdf): ReadableStream<Uint8Array> {
	return new ReadableStream<Uint8Array>({
		start(controller) {
			doc.on('data', (chunk: Uint8Array) => controller.enqueue(new Uint8Array(chunk)));
			doc.on('end', () => controller.close());
			doc.on('error', (err: unknown) => controller.error(err));
		}
	});
}

/** Learner text may hold control characters that no font can draw; keep line breaks only. */
export function printable(text: string): string {
	const normalised = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
	return [...normalised]
		.filter((char) => char === '\n' || !isInvisible(char.codePointAt(0) ?? 0))
		.join('');
}

/** C0 and C1 controls, zero-width marks, line/paragraph separators and the byte-order mark. */
function isInvisible(code: number): boolean {
	return (
		code < 0x20 ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x200b && code <= 0x200f) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0xfeff
	);
}
