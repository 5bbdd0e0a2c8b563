import { attachmentHeader } from '../certificates/file-names';

/**
 * A generated PDF as a download: streamed as it is written, saved under the server's file name,
 * and never kept by a browser or proxy cache (it holds personal data).
 */
export function pdfResponse(pdf: { fileName: string; body: ReadableStream<Uint8Array> }): Response {
	return new Response(pdf.body, {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': attachmentHeader(pdf.fileName),
			'Cache-Control': 'no-store'
		}
	});
}
