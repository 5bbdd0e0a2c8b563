import { describe, expect, it } from 'vitest';
import { parseSaveResponse } from '../../../src/lib/reflection/transport';
import { asCheckinResult } from '../../../src/lib/reflection/checkin';

describe('parseSaveResponse', () => {
	it('reads the three answers of the draft endpoint', () => {
		expect(parseSaveResponse(200, { sequence: 4, savedAt: '2026-11-30T10:00:00Z' })).toEqual({
			outcome: 'saved',
			sequence: 4,
			savedAt: '2026-11-30T10:00:00Z'
		});
		expect(
			parseSaveResponse(409, { current: { sequence: 5, fields: { a: 'x' }, savedAt: null } })
		).toEqual({ outcome: 'conflict', current: { sequence: 5, fields: { a: 'x' }, savedAt: null } });
		expect(parseSaveResponse(400, { errors: { a: 'too-long' } })).toEqual({
			outcome: 'invalid',
			errors: { a: 'too-long' }
		});
	});

	it('never takes an unexpected body for a saved draft', () => {
		expect(parseSaveResponse(200, '<html>')).toBeNull();
		expect(parseSaveResponse(200, { ok: true })).toBeNull();
		expect(parseSaveResponse(409, { current: { sequence: 1, fields: { a: 3 } } })).toBeNull();
		expect(parseSaveResponse(404, { sequence: 1, savedAt: 'x' })).toBeNull();
	});
});

describe('asCheckinResult', () => {
	it('reads the check-in action’s failures and nothing else', () => {
		expect(asCheckinResult({ alreadyAnswered: true })).toEqual({ alreadyAnswered: true });
		expect(asCheckinResult({ errors: { answer: 'required' }, values: { answer: ' ' } })).toEqual({
			errors: { answer: 'required' },
			values: { answer: ' ' }
		});
		expect(asCheckinResult({ errors: { answer: 3 } })).toEqual({
			errors: {},
			values: { answer: '' }
		});
		expect(asCheckinResult('nope')).toBeNull();
		expect(asCheckinResult({ other: true })).toBeNull();
	});
});
