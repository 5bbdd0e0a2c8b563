import { describe, expect, it } from 'vitest';
import { routeAccess, safeReturnPath } from '../../../src/lib/server/auth/route-access';

describe('routeAccess', () => {
	it('leaves public pages open', () => {
		expect(routeAccess('/', undefined)).toBe('allow');
		expect(routeAccess('/inloggen', undefined)).toBe('allow');
	});

	it('sends anonymous visitors of protected areas to login', () => {
		expect(routeAccess('/account', undefined)).toBe('login');
		expect(routeAccess('/beheer/gebruikers', undefined)).toBe('login');
	});

	it('forbids the admin area to learners and trainers', () => {
		expect(routeAccess('/beheer/gebruikers', 'learner')).toBe('forbidden');
		expect(routeAccess('/beheer', 'trainer')).toBe('forbidden');
		expect(routeAccess('/beheer/gebruikers', 'admin')).toBe('allow');
	});

	it('matches whole path segments only', () => {
		expect(routeAccess('/beheerder-info', 'learner')).toBe('allow');
		expect(routeAccess('/opleider/groepen', 'learner')).toBe('forbidden');
		expect(routeAccess('/opleider/groepen', 'trainer')).toBe('allow');
	});
});

describe('safeReturnPath', () => {
	it('keeps same-site paths and refuses everything else', () => {
		expect(safeReturnPath('/account?x=1')).toBe('/account?x=1');
		expect(safeReturnPath('//evil.example/')).toBe('/');
		expect(safeReturnPath('https://evil.example/')).toBe('/');
		expect(safeReturnPath('/\\evil.example')).toBe('/');
		expect(safeReturnPath(null)).toBe('/');
	});
});
