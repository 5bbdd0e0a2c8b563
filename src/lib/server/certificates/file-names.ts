// File names for downloads are chosen by the server from safe parts only, so the
// Content-Disposition header never carries a learner's input or a character that needs escaping.

import { amsterdamDate } from '../../dates';

function safePart(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

/** `klasteam-certificaat-<track>.pdf` */
export function certificateFileName(trackSlug: string): string {
	const track = safePart(trackSlug);
	return track ? `klasteam-certificaat-${track}.pdf` : 'klasteam-certificaat.pdf';
}

/** `klasteam-portfolio-<yyyy-mm-dd>.pdf`, dated in the Netherlands. */
export function portfolioFileName(now: Date): string {
	return `klasteam-portfolio-${amsterdamDate(now)}.pdf`;
}

/** The header value for a download with a server-chosen (ASCII-only) file name. */
export function attachmentHeader(fileName: string): string {
	return `attachment; filename="${safeFileName(fileName)}"`;
}

function safeFileName(fileName: string): string {
	return fileName.replace(/[^A-Za-z0-9._-]/g, '_');
}
