import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * DejaVu Sans, from the `dejavu-fonts-ttf` package: it has every glyph Dutch text needs (ĳ, ë,
 * ‘’, –, ≥), and PDF's standard fonts do not (docs/decisions/005-pdf.md). Resolved through Node,
 * like pdfkit itself, so the files come from node_modules in tests and in `node build` alike.
 */
const require = createRequire(import.meta.url);

export const FONT = {
	regular: 'DejaVuSans',
	bold: 'DejaVuSans-Bold'
} as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const parsed = new Map<FontName, Font>();

/**
 * Each font is parsed once per process and shared by every document: parsing DejaVu's layout
 * tables anew for each PDF cost ten times more than the rest of a certificate. Sharing is safe
 * because pdfkit lays text out synchronously and keeps its glyph subset per document.
 */
function loadFont(name: FontName): Font {
	const cached = parsed.get(name);
	if (cached) return cached;
	const font = create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)));
	if (!('layout' in font)) throw new Error(`${name}.ttf is a font collection, not a font`);
	parsed.set(name, font);
	return font;
}

/**
 * pdfkit 0.20 takes a parsed fontkit font wherever it takes a font file (its PDFFontFactory checks
 * for `layout`), but @types/pdfkit 0.17 lists only paths and bytes; hence the one cast.
 */
export function fontSource(name: FontName): PDFKit.Mixins.PDFFontSource {
	return loadFont(name) as unknown as PDFKit.Mixins.PDFFontSource;
}
