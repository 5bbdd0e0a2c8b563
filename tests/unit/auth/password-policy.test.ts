import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../src/lib/server/auth/password-policy';

describe('checkPassword', () => {
	it('accepts a passphrase of loose words, spaces included', () => {
		expect(checkPassword('paarse wolken boven de zee')).toBeNull();
	});

	it('counts characters, not bytes: 15 accented letters are enough', () => {
		expect(checkPassword('éééééèèèèèëëëëë'.slice(0, 14))).toBe('too-short');
		expect(checkPassword('ëlkë dag één ijsje')).toBeNull();
	});

	it('needs at least 15 characters and allows at least 64', () => {
		expect(checkPassword('kort wachtzin')).toBe('too-short');
		expect(
			checkPassword('a'.repeat(3) + ' lange zin met heel veel woorden erin '.repeat(2))
		).toBeNull();
		expect(checkPassword('x'.repeat(257))).toBe('too-long');
	});

	it('has no composition rules', () => {
		expect(checkPassword('alleen kleine letters hier')).toBeNull();
	});

	it('rejects common passwords, also with digits and symbols around them', () => {
		expect(checkPassword('1qaz2wsx3edc4rfv')).toBe('common');
		expect(checkPassword('qazwsxedcrfvtgb')).toBe('common');
		// 'wachtwoord' itself is on the common list: padding does not hide it
		expect(checkPassword('wachtwoord12345678')).toBe('common');
		expect(checkPassword('Password!!2026-12')).toBe('common');
	});

	it('rejects the context list with padding', () => {
		expect(checkPassword('Welkom2026!!welkom')).toBe('context');
		expect(checkPassword('wachtwoord-pabo-2026')).toBe('context');
		expect(checkPassword('123456789012345')).toBe('context');
		expect(checkPassword('klasteam klasteam 2026')).toBe('context');
	});

	it('rejects a password made of the name or e-mail', () => {
		expect(checkPassword('jansen jansen 2026!', { email: 'jansen@school.nl' })).toBe('personal');
		expect(checkPassword('Marieke Marieke 12', { name: 'Marieke' })).toBe('personal');
		expect(checkPassword('marieke fietst graag naar zee', { name: 'Marieke' })).toBeNull();
	});
});
