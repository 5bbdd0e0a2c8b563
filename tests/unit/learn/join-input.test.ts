import { describe, expect, it } from 'vitest';
import { checkJoinInput } from '../../../src/lib/server/learning/join-input';

describe('checkJoinInput', () => {
	it('asks for a code when nothing is typed', () => {
		expect(checkJoinInput('')).toEqual({ ok: false, reason: 'required' });
		expect(checkJoinInput('   ')).toEqual({ ok: false, reason: 'required' });
	});

	it('accepts a code as people type it', () => {
		expect(checkJoinInput('ktam 2345')).toEqual({ ok: true, code: 'KTAM-2345' });
		expect(checkJoinInput(' KTAM-2345 ')).toEqual({ ok: true, code: 'KTAM-2345' });
		expect(checkJoinInput('ktam2345')).toEqual({ ok: true, code: 'KTAM-2345' });
	});

	it('says "not a code" for the wrong length or characters codes never use', () => {
		expect(checkJoinInput('KTAM-234')).toEqual({ ok: false, reason: 'format' });
		expect(checkJoinInput('KTAM-2340')).toEqual({ ok: false, reason: 'format' });
		expect(checkJoinInput('KTAM-23456')).toEqual({ ok: false, reason: 'format' });
	});
});
