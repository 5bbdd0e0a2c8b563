import { fileNamePart } from '../http/download';

export { downloadHeaders } from '../http/download';

/** A group name as a file-name part: "Pabo 2 – groep A" → "pabo-2-groep-a", never empty. */
export function slugify(name: string, max = 60): string {
	return fileNamePart(name, max) || 'groep';
}

/** `klasteam-<kind>-<group slug>-<YYYY-MM-DD>.<ext>`, dated in Amsterdam. */
export function exportFileName(kind: string, groupName: string, day: string, ext: string): string {
	return `klasteam-${kind}-${slugify(groupName)}-${day}.${ext}`;
}
