import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	newVerificationCode,
	normaliseVerificationCode
} from '../../../src/lib/server/certificates/code';

const SHAPE = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

describe('verification codes', () => {
	it('are 12 unambiguous characters in three groups of four', () => {
		for (let i = 0; i < 200; i++) {
			const code = newVerificationCode();
			expect(code).toMatch(SHAPE);
			expect(code).not.toMatch(/[01ILO]/);
		}
	});

	it('differ from each other', () => {
		const codes = new Set(Array.from({ length: 2000 }, () => newVerificationCode()));
		expect(codes.size).toBe(2000);
	});

	it('skip random bytes that would favour early letters (no modulo bias)', () => {
		// 248 is the largest multiple of 31 below 256: bytes 248..255 must be drawn again.
		const batches = [new Uint8Array(12).fill(250), new Uint8Array(12).fill(31)];
		const code = newVerificationCode(() => batches.shift() ?? new Uint8Array(12));
		expect(code).toBe('AAAA-AAAA-AAAA');
	});

	it('use every character of the alphabet', () => {
		let byte = 0;
		const code = newVerificationCode((n) => Uint8Array.from({ length: n }, () => byte++));
		expect(code).toBe('ABCD-EFGH-JKMN');
	});
});

describe('normalising a typed code', () => {
	it.each([
		['abcd-efgh-jkmn', 'ABCD-EFGH-JKMN'],
		['ABCDEFGHJKMN', 'ABCD-EFGH-JKMN'],
		['  abcd efgh  jkmn ', 'ABCD-EFGH-JKMN'],
		['ab-cd-ef-gh-jk-mn', 'ABCD-EFGH-JKMN'],
		['ABCD–EFGH–JKMN', 'ABCD-EFGH-JKMN'],
		['https://klasteam.school.nl/certificaat/abcd-efgh-jkmn', 'ABCD-EFGH-JKMN'],
		['https://klasteam.school.nl/certificaat/ABCD-EFGH-JKMN?utm=x#top', 'ABCD-EFGH-JKMN']
	])('reads %j as %s', (typed, code) => {
		expect(normaliseVerificationCode(typed)).toBe(code);
	});

	it.each([
		'',
		'ABCD-EFGH-JKM',
		'ABCD-EFGH-JKMNP',
		'ABCD-EFGH-JKM0',
		'OBCD-EFGH-JKMN',
		'1BCD-EFGH-JKMN',
		'ABCD-EFGH-JKM!',
		"ABCD-EFGH-JK' OR 1=1",
		'../../etc/passwd'
	])('refuses %j', (typed) => {
		expect(normaliseVerificationCode(typed)).toBeNull();
	});

	it('gives back every new code unchanged', () => {
		const code = newVerificationCode();
		expect(normaliseVerificationCode(code)).toBe(code);
		expect(normaliseVerificationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
	});
});
