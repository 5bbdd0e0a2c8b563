import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getDb } from '$lib/server/db';
import { startServer } from '$lib/server/startup';
import { validateSessionToken } from '$lib/server/auth/session';
import { routeAccess } from '$lib/server/auth/route-access';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/http/cookie';
import { applySecurityHeaders } from '$lib/server/http/headers';
import { isCrossSite } from '$lib/server/http/same-origin';
import { isTransientDatabaseError } from '$lib/server/http/errors';
import { requestNow } from '$lib/server/http/clock';
import { lessonHtmlHandle } from '$lib/server/learning/lesson-html-hook';
import { lessonFastPath } from '$lib/server/learning/lesson-fast-path';

export const init: ServerInit = async () => {
	await startServer();
};

const sameOrigin: Handle = ({ event, resolve }) => {
	if (isCrossSite(event.request, event.url.origin)) {
		return new Response('Cross-site request refused', { status: 403 });
	}
	return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const session: Handle = async ({ event, resolve }) => {
	event.locals.now = requestNow(event.request);
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(sessionCookieName(event.url));
	if (token) {
		const valid = await validateSessionToken(getDb(), token, event.locals.now);
		if (valid) {
			event.locals.user = valid.user;
			event.locals.session = { id: valid.id, expiresAt: valid.expiresAt, renewed: valid.renewed };
			// The cookie carries the expiry, so it is sent again only when the expiry moved.
			if (valid.renewed) setSessionCookie(event.cookies, event.url, token, valid.expiresAt);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

const routeGuard: Handle = async ({ event, resolve }) => {
	const access = routeAccess(event.url.pathname, event.locals.user?.role);
	if (access === 'login') {
		if (event.request.method !== 'GET' || event.isDataRequest) error(401, 'unauthenticated');
		redirect(303, `/inloggen?terug=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	if (access === 'forbidden') {
		if (event.request.method !== 'GET' || event.isDataRequest) error(403, 'forbidden');
		// The site's own error page, with header and language, instead of the bare fallback.
		const page = await event.fetch('/fout/403');
		return new Response(page.body, { status: 403, headers: new Headers(page.headers) });
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	applySecurityHeaders(response.headers, {
		https: event.url.protocol === 'https:',
		personal: event.locals.user !== null || event.url.pathname.startsWith('/inloggen')
	});
	return response;
};

export const handle = sequence(
	sameOrigin,
	lessonFastPath,
	i18n,
	session,
	securityHeaders,
	routeGuard,
	lessonHtmlHandle
);

/** Unexpected errors are logged in full and shown as a plain sentence; never a stack trace. */
export const handleError: HandleServerError = ({ error: err, status }) => {
	if (isTransientDatabaseError(err)) {
		console.error('[db] unavailable:', err instanceof Error ? err.message : err);
		return { message: 'unavailable', retry: true };
	}
	if (status !== 404) console.error(err);
	return { message: status === 404 ? 'not-found' : 'internal' };
};
