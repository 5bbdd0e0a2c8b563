import { downloadHeaders } from '../http/download';

/**
 * A generated PDF as a download: streamed as it is written, saved under the server's file name,
 * and never kept by a browser or proxy cache (it holds personal data).
 */
export function pdfResponse(pdf: { fileName: string; body: ReadableStream<Uint8Array> }): Response {
	return new Response(pdf.body, { headers: downloadHeaders(pdf.fileName, 'application/pdf') });
}
