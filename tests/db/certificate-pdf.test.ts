import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	certificateDownload,
	type CertificateRequest
} from '../../src/lib/server/certificates/certificates';
import type { CompletedModules } from '../../src/lib/server/certificates/completion';
import { addUser, enrolIn } from './certificate-fixtures';
import { pdfFacts, readAll } from '../unit/certificate/pdf-text';
import { freshDatabase } from './fresh-database';

const NAME = 'Ĳsbrand Ëlsé van Dĳk-Ruiz';
const everything: CompletedModules = async (_db, _user, track) => new Set(track.modules);

describe('the certificate PDF', () => {
	let handle: DatabaseHandle;
	let userId: string;
	beforeAll(async () => {
		handle = await freshDatabase();
		userId = await addUser(handle.db, NAME);
		await enrolIn(handle.db, userId, 'ondersteuner');
	});
	afterAll(() => handle.close());

	const download = (request: Partial<CertificateRequest>) =>
		certificateDownload(handle.db, { id: userId, name: NAME }, 'werken-als-ondersteuner', {
			now: new Date('2026-11-29T23:30:00Z'),
			locale: 'nl',
			origin: 'https://klasteam.school.nl',
			completion: everything,
			...request
		});

	it('holds the name, track, date, study hours and code as text, with Dutch letters intact', async () => {
		const pdf = await download({});
		expect(pdf.fileName).toBe('klasteam-certificaat-werken-als-ondersteuner.pdf');
		const facts = await pdfFacts(await readAll(pdf.body));
		expect(facts.pages).toBe(1);
		const code = /Verificatiecode: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(facts.text)?.[1];
		expect(code).toBeDefined();
		for (const line of [
			'Certificaat',
			'Hierbij verklaart Klasteam dat',
			NAME,
			'Werken als ondersteuner: wat de school van je verwacht',
			'heeft afgerond op 30 november 2026.',
			'Studiebelasting: 6,5 uur',
			`https://klasteam.school.nl/certificaat/${code}`
		]) {
			expect(facts.text.split('\n')).toContain(line);
		}
		// ĳ is one letter (U+0133), and ë and é survive: no "?" or empty boxes in their place.
		expect(facts.text).toContain('Dĳk');
		expect(facts.text).toContain('Ëlsé');
	});

	it('is a tagged PDF with a title and the Dutch language set', async () => {
		const facts = await pdfFacts(await readAll((await download({})).body));
		expect(facts.tagged).toBe(true);
		expect(facts.language).toBe('nl-NL');
		expect(facts.title).toBe('Certificaat Werken als ondersteuner: wat de school van je verwacht');
		expect(facts.roles.slice(0, 4)).toEqual(['Root', 'Document', 'P', 'H1']);
	});

	it('speaks English to a reader who chose English', async () => {
		const facts = await pdfFacts(await readAll((await download({ locale: 'en' })).body));
		expect(facts.language).toBe('en-GB');
		expect(facts.text).toContain('on 30 November 2026.');
		expect(facts.text).toContain('Study time: 6.5 hours');
	});

	it('is not there while the track is incomplete', async () => {
		const id = await addUser(handle.db, 'Nog Bezig');
		await enrolIn(handle.db, id, 'ondersteuner');
		const pdf = certificateDownload(
			handle.db,
			{ id, name: 'Nog Bezig' },
			'werken-als-ondersteuner',
			{
				now: new Date('2026-11-29T23:30:00Z'),
				locale: 'nl',
				origin: 'https://klasteam.school.nl',
				completion: async () => new Set(['functies'])
			}
		);
		await expect(pdf).rejects.toMatchObject({ status: 404 });
	});
});
