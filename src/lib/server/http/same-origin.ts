/**
 * Cross-site request check for every non-GET request. SvelteKit's own check covers only form
 * content types; this one also covers JSON, text/plain and bodiless POSTs (trust.md, measured).
 * Browsers send Sec-Fetch-Site; older ones send Origin. A request with neither is refused.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSite(request: Request, origin: string): boolean {
	if (SAFE_METHODS.has(request.method)) return false;
	const site = request.headers.get('sec-fetch-site');
	if (site) return site !== 'same-origin';
	const sender = request.headers.get('origin');
	return sender !== origin;
}
