import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { ensureCertificate } from '../../src/lib/server/certificates/issue';
import { verifyCertificate } from '../../src/lib/server/certificates/certificates';
import { addUser } from './certificate-fixtures';
import { freshDatabase } from './fresh-database';

describe('the public verification', () => {
	let handle: DatabaseHandle;
	const code = 'VERJ-FYME-2345';
	beforeAll(async () => {
		handle = await freshDatabase();
		const userId = await addUser(handle.db, 'Noor Ĳzerman');
		await ensureCertificate(
			handle.db,
			{
				userId,
				trackId: 'ondersteuner',
				holderName: 'Noor Ĳzerman',
				studyMinutes: 375,
				now: new Date('2026-06-30T22:30:00Z')
			},
			() => code
		);
	});
	afterAll(() => handle.close());

	it('shows only the name, the track and the date of a real code', async () => {
		expect(await verifyCertificate(handle.db, code, 'nl')).toEqual({
			status: 'found',
			code,
			holderName: 'Noor Ĳzerman',
			trackTitle: 'Werken als ondersteuner: wat de school van je verwacht',
			issuedOn: '1 juli 2026'
		});
	});

	it('finds the code however it was typed', async () => {
		const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
		const result = await verifyCertificate(handle.db, typed, 'nl');
		expect(result).toMatchObject({ status: 'found', code });
	});

	it('says nothing but "not found" for a code that does not exist', async () => {
		expect(await verifyCertificate(handle.db, 'ABCD-EFGH-JKMN', 'nl')).toEqual({
			status: 'not-found',
			code: 'ABCD-EFGH-JKMN'
		});
	});

	it('does not look up what cannot be a code', async () => {
		expect(await verifyCertificate(handle.db, "' or 1=1 --", 'nl')).toEqual({ status: 'invalid' });
	});
});
