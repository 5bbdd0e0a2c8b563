// Downloads (CSV exports, certificates, portfolios) get server-chosen file names built from safe
// parts only: ASCII, no quotes or line breaks, so the Content-Disposition header never carries a
// learner's input or anything that needs RFC 5987 encoding.

/** A name as an ASCII file-name part: "Pabo 2 – groep A" → "pabo-2-groep-a"; may be empty. */
export function fileNamePart(value: string, max = 60): string {
	return value
		.normalize('NFKD')
		.replace(/\p{Diacritic}|\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, max)
		.replace(/^-+|-+$/g, '');
}

/** The header value for a download with a server-chosen file name. */
export function attachmentHeader(fileName: string): string {
	return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}

/** A download that is saved under its file name and never kept by a browser or proxy cache. */
export function downloadHeaders(fileName: string, contentType: string): Headers {
	return new Headers({
		'content-type': contentType,
		'content-disposition': attachmentHeader(fileName),
		'cache-control': 'no-store',
		'x-content-type-options': 'nosniff'
	});
}
