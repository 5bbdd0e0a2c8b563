import { FONT } from './fonts';
import { INK, MUTED } from './blocks';
import { printable, type OpenPdf } from './document';

/** Every line of the certificate, already in the reader's language. */
export interface CertificateLines {
	brand: string;
	heading: string;
	declares: string;
	holderName: string;
	trackIntro: string;
	trackTitle: string;
	completedOn: string;
	hours: string;
	code: string;
	verify: string;
	verifyUrl: string;
}

const PRIMARY = '#1d4e89';

/** One landscape page: a framed, centred statement, with the code and where to check it. */
export function writeCertificate({ doc, root }: OpenPdf, lines: CertificateLines) {
	const { width, height } = doc.page;
	// The frame is decoration: marked as an artifact, so screen readers skip it.
	doc.markContent('Artifact', { type: 'Layout' });
	doc
		.lineWidth(2.5)
		.strokeColor(PRIMARY)
		.rect(24, 24, width - 48, height - 48)
		.stroke();
	doc
		.lineWidth(0.75)
		.rect(32, 32, width - 64, height - 64)
		.stroke();
	doc.endMarkedContent();

	const line = (
		text: string,
		options: { size: number; bold?: boolean; color?: string; gap?: number; tag?: string }
	) => {
		doc
			.font(options.bold ? FONT.bold : FONT.regular)
			.fontSize(options.size)
			.fillColor(options.color ?? INK)
			.text(printable(text), {
				align: 'center',
				structParent: root,
				structType: options.tag ?? 'P',
				paragraphGap: options.gap ?? 8
			});
	};

	doc.y = 84;
	line(lines.brand, { size: 12, bold: true, color: PRIMARY, gap: 18 });
	line(lines.heading, { size: 36, bold: true, tag: 'H1', gap: 24 });
	line(lines.declares, { size: 13 });
	line(lines.holderName, { size: 26, bold: true, gap: 16 });
	line(lines.trackIntro, { size: 13 });
	line(lines.trackTitle, { size: 18, bold: true, color: PRIMARY, gap: 12 });
	line(lines.completedOn, { size: 13, gap: 18 });
	line(lines.hours, { size: 12, gap: 26 });
	// The proof block sits at the foot of the frame, whatever the length of the lines above.
	doc.y = Math.max(doc.y, height - 150);
	line(lines.code, { size: 12, bold: true, gap: 4 });
	line(lines.verify, { size: 10, color: MUTED, gap: 2 });
	doc.font(FONT.regular).fontSize(10).fillColor(PRIMARY).text(printable(lines.verifyUrl), {
		align: 'center',
		link: lines.verifyUrl,
		underline: true,
		structParent: root,
		structType: 'P'
	});
}
