/**
 * Headers that SvelteKit's CSP support leaves to us (trust.md, measured). Personal pages must
 * never be stored by a shared browser or proxy.
 */
export function applySecurityHeaders(
	headers: Headers,
	options: { https: boolean; personal: boolean }
): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (options.https)
		headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	if (options.personal) headers.set('Cache-Control', 'no-store');
}
