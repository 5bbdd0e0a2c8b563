import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { certificate, user } from '../../src/lib/server/db/schema';
import { ensureCertificate } from '../../src/lib/server/certificates/issue';
import {
	certificatePage,
	trackStudyMinutes,
	type CertificateRequest
} from '../../src/lib/server/certificates/certificates';
import type { CompletedModules } from '../../src/lib/server/certificates/completion';
import { addUser, completeModules, enrolIn, trackOf } from './certificate-fixtures';
import { freshDatabase } from './fresh-database';

const NOW = new Date('2026-11-29T23:30:00Z');
const everything: CompletedModules = async (_db, _user, track) => new Set(track.modules);
const request = (completion?: CompletedModules): CertificateRequest => ({
	now: NOW,
	locale: 'nl',
	origin: 'https://klasteam.school.nl',
	completion
});

describe('issuing certificates', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	const issueInput = (userId: string, name = 'Sam') => ({
		userId,
		trackId: 'leraar',
		holderName: name,
		studyMinutes: 385,
		now: NOW
	});

	it('issues once, even for two requests at the same moment', async () => {
		const userId = await addUser(handle.db, 'Sam Samsom');
		const [a, b] = await Promise.all([
			ensureCertificate(handle.db, issueInput(userId)),
			ensureCertificate(handle.db, issueInput(userId))
		]);
		expect(a.verificationCode).toBe(b.verificationCode);
		const rows = await handle.db.select().from(certificate).where(eq(certificate.userId, userId));
		expect(rows).toHaveLength(1);
	});

	it('keeps the name as it was at issue time', async () => {
		const userId = await addUser(handle.db, 'Eva de Vries');
		const first = await ensureCertificate(handle.db, issueInput(userId, 'Eva de Vries'));
		await handle.db.update(user).set({ name: 'Eva Jansen' }).where(eq(user.id, userId));
		const again = await ensureCertificate(handle.db, issueInput(userId, 'Eva Jansen'));
		expect(again.holderName).toBe('Eva de Vries');
		expect(again.id).toBe(first.id);
	});

	it('draws a new code when the first one is already taken', async () => {
		const owner = await addUser(handle.db, 'Owner');
		await ensureCertificate(handle.db, issueInput(owner), () => 'TAKE-NAAA-AAAA');
		const other = await addUser(handle.db, 'Other');
		const codes = ['TAKE-NAAA-AAAA', 'FREE-CCCC-CCCC'];
		const issued = await ensureCertificate(handle.db, issueInput(other), () => codes.shift() ?? '');
		expect(issued.verificationCode).toBe('FREE-CCCC-CCCC');
	});

	it('counts the study time of the whole track from the content', () => {
		expect(trackStudyMinutes(trackOf('leraar'))).toBe(385);
		expect(trackStudyMinutes(trackOf('ondersteuner'))).toBe(375);
	});
});

describe('the learner’s certificate page', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await freshDatabase();
	});
	afterAll(() => handle.close());

	it('is 404 for a track the learner does not follow', async () => {
		const id = await addUser(handle.db, 'Buiten');
		const page = certificatePage(
			handle.db,
			{ id, name: 'Buiten' },
			'ondersteuners-effectief-inzetten',
			request(everything)
		);
		await expect(page).rejects.toMatchObject({ status: 404 });
	});

	it('lists the modules still to complete, and issues nothing', async () => {
		const id = await addUser(handle.db, 'Half');
		await enrolIn(handle.db, id, 'leraar');
		const some: CompletedModules = async () => new Set(['functies', 'arbeidsmarkt']);
		const view = await certificatePage(
			handle.db,
			{ id, name: 'Half' },
			'ondersteuners-effectief-inzetten',
			request(some)
		);
		expect(view.status).toBe('incomplete');
		if (view.status !== 'incomplete') return;
		expect(view.done).toBe(2);
		expect(view.total).toBe(8);
		expect(view.missing.map((m) => m.slug)).toEqual([
			'taken',
			'effecten-leerlingen',
			'effecten-leraren-school',
			'wat-werkt',
			'opleiding-en-schoolleiding',
			'aansturen'
		]);
		const rows = await handle.db.select().from(certificate).where(eq(certificate.userId, id));
		expect(rows).toHaveLength(0);
	});

	it('issues the certificate when the track is complete, and keeps it', async () => {
		const id = await addUser(handle.db, 'Klaar');
		await enrolIn(handle.db, id, 'leraar');
		const learner = { id, name: 'Klaar Klaassen' };
		const slug = 'ondersteuners-effectief-inzetten';
		const view = await certificatePage(handle.db, learner, slug, request(everything));
		expect(view.status).toBe('ready');
		if (view.status !== 'ready') return;
		expect(view.certificate).toMatchObject({
			holderName: 'Klaar Klaassen',
			trackTitle: 'Ondersteuners effectief inzetten',
			issuedOn: '30 november 2026',
			hours: '6,5'
		});
		expect(view.certificate.verifyUrl).toBe(
			`https://klasteam.school.nl/certificaat/${view.certificate.code}`
		);
		// Issued once: a later change in the rule's answer does not take it away.
		const later = await certificatePage(
			handle.db,
			learner,
			slug,
			request(async () => new Set())
		);
		expect(later.status === 'ready' && later.certificate.code).toBe(view.certificate.code);
	});

	it('follows the real completion rule', async () => {
		const id = await addUser(handle.db, 'Echt');
		await enrolIn(handle.db, id, 'ondersteuner');
		const track = trackOf('ondersteuner');
		const learner = { id, name: 'Echt' };
		await completeModules(handle.db, id, track, track.modules.slice(0, -1));
		const almost = await certificatePage(handle.db, learner, track.slug, request());
		expect(almost.status === 'incomplete' && almost.missing.map((m) => m.slug)).toEqual([
			'werken-als-ondersteuner'
		]);
		await completeModules(handle.db, id, track, track.modules.slice(-1));
		const done = await certificatePage(handle.db, learner, track.slug, request());
		expect(done.status).toBe('ready');
	});
});
