// Server-chosen download names: never taken from the request, ASCII only, so no header
// injection and no need for RFC 5987 encoding.

/** A group name as a file-name part: "Pabo 2 – groep A" → "pabo-2-groep-a". */
export function slugify(name: string, max = 60): string {
	const slug = name
		.normalize('NFKD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, max)
		.replace(/^-+|-+$/g, '');
	return slug || 'groep';
}

/** `klasteam-<kind>-<group slug>-<YYYY-MM-DD>.<ext>`, dated in Amsterdam. */
export function exportFileName(kind: string, groupName: string, day: string, ext: string): string {
	return `klasteam-${kind}-${slugify(groupName)}-${day}.${ext}`;
}

export function downloadHeaders(fileName: string, contentType: string): Headers {
	return new Headers({
		'content-type': contentType,
		'content-disposition': `attachment; filename="${fileName}"`,
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff'
	});
}
