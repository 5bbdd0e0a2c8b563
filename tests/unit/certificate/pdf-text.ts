import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reads a whole web stream (what the routes send) into bytes. */
export async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	const reader = body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
	}
	return new Uint8Array(Buffer.concat(chunks));
}

export interface PdfFacts {
	/** The text of every page, lines joined with "\n", as a reader or a screen reader gets it. */
	text: string;
	pages: number;
	title: string | undefined;
	language: string | undefined;
	tagged: boolean;
	/** Roles in the structure tree, depth first (Document, H1, P, …). */
	roles: string[];
}

interface TextPiece {
	str: string;
	width: number;
	transform: number[];
	hasEOL: boolean;
}

function isPiece(item: unknown): item is TextPiece {
	return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Structure roles depth first; pdf.js gives nodes with `role` and `children`, leaves without. */
function rolesOf(node: unknown, into: string[] = []): string[] {
	if (typeof node !== 'object' || node === null) return into;
	if ('role' in node && typeof node.role === 'string') into.push(node.role);
	if ('children' in node && Array.isArray(node.children)) {
		for (const child of node.children) rolesOf(child, into);
	}
	return into;
}

/**
 * The PDF's text through pdf.js, the same engine Firefox uses to show it. A gap between two
 * pieces on a line becomes one space, so words come out as a person reads them.
 */
export async function pdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
	const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 })
		.promise;
	let text = '';
	const roles: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const content = await page.getTextContent();
		let end: number | null = null;
		for (const item of content.items) {
			if (!isPiece(item)) continue;
			const x = item.transform[4] ?? 0;
			if (end !== null && x - end > 0.5 && !text.endsWith(' ') && !item.str.startsWith(' ')) {
				text += ' ';
			}
			text += item.str;
			end = x + item.width;
			if (item.hasEOL) {
				text += '\n';
				end = null;
			}
		}
		text += '\n';
		rolesOf(await page.getStructTree(), roles);
	}
	const meta = await pdf.getMetadata();
	const info: Record<string, unknown> =
		typeof meta.info === 'object' && meta.info !== null ? { ...meta.info } : {};
	const mark = await pdf.getMarkInfo();
	const result: PdfFacts = {
		text,
		pages: pdf.numPages,
		title: typeof info.Title === 'string' ? info.Title : undefined,
		language: typeof info.Language === 'string' ? info.Language : undefined,
		tagged: mark?.Marked === true,
		roles
	};
	await pdf.destroy();
	return result;
}
