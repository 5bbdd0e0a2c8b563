import { amsterdamDate } from '../../dates';
import { fileNamePart } from '../http/download';

export { attachmentHeader } from '../http/download';

/** `klasteam-certificaat-<track>.pdf` */
export function certificateFileName(trackSlug: string): string {
	const track = fileNamePart(trackSlug);
	return track ? `klasteam-certificaat-${track}.pdf` : 'klasteam-certificaat.pdf';
}

/** `klasteam-portfolio-<yyyy-mm-dd>.pdf`, dated in the Netherlands. */
export function portfolioFileName(now: Date): string {
	return `klasteam-portfolio-${amsterdamDate(now)}.pdf`;
}
