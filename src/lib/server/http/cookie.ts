import type { Cookies } from '@sveltejs/kit';

/** `__Host-` needs Secure, so the prefix is only used when the site is served over HTTPS. */
export function sessionCookieName(url: URL): string {
	return url.protocol === 'https:' ? '__Host-klasteam_session' : 'klasteam_session';
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(sessionCookieName(url), token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(sessionCookieName(url), { path: '/', secure: url.protocol === 'https:' });
}
