import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	portfolioDownload,
	portfolioSummary,
	type PortfolioRequest
} from '../../src/lib/server/certificates/portfolio';
import { ensureCertificate } from '../../src/lib/server/certificates/issue';
import type { CompletedModules } from '../../src/lib/server/certificates/completion';
import { addFeedback, addUser, enrolIn, submitReflection } from './certificate-fixtures';
import { pdfFacts, readAll } from '../unit/certificate/pdf-text';
import { freshDatabase } from './fresh-database';

const NAME = 'Fleur van Rĳswĳk';
const twoModules: CompletedModules = async () => new Set(['functies', 'arbeidsmarkt']);
const request: PortfolioRequest = {
	now: new Date('2026-12-10T09:00:00Z'),
	locale: 'nl',
	completion: twoModules
};

describe('the portfolio', () => {
	let handle: DatabaseHandle;
	let learner: { id: string; name: string };
	beforeAll(async () => {
		handle = await freshDatabase();
		const db = handle.db;
		learner = { id: await addUser(db, NAME), name: NAME };
		const trainer = await addUser(db, 'Olaf Opleider', 'trainer');
		await enrolIn(db, learner.id, 'leraar');
		const [v1, v2] = await submitReflection(db, {
			userId: learner.id,
			moduleSlug: 'functies',
			exerciseId: 'functies-reflectie-leraar',
			versions: [
				{
					fields: { situatie: 'Eerste versie, later herschreven.' },
					at: new Date('2026-12-01T10:00:00Z')
				},
				{
					fields: {
						situatie: 'In groep 5 gaf ik de ondersteuner ‘rekenen’ – ≥ 4 leerlingen, één café-uur.',
						'ik-wilde': 'Dat de leerlingen zelfstandig oefenden; ik twijfelde of dat paste.',
						'kern-voorwaarde': 'rolduidelijkheid',
						'voornemen-datum': '2026-12-17'
					},
					at: new Date('2026-12-03T13:00:00Z')
				}
			]
		});
		await addFeedback(db, {
			versionId: v1!,
			trainerId: trainer,
			goal: 'Beschrijf het moment concreter.',
			progress: 'Een goed begin.',
			nextStep: 'Herschrijf de situatie.',
			at: new Date('2026-12-02T09:00:00Z')
		});
		await addFeedback(db, {
			versionId: v2!,
			trainerId: trainer,
			goal: 'Je koppelt het moment aan rolduidelijkheid.',
			progress: 'Je beschrijft wat je wilde én wat je deed.',
			nextStep: 'Bespreek je voornemen met de ondersteuner.',
			at: new Date('2026-12-04T09:00:00Z'),
			reply: 'Dank je, dat doe ik vóór de kerstvakantie.'
		});
		// Not in the portfolio: a draft never submitted, and another learner's work.
		await submitReflection(db, {
			userId: learner.id,
			moduleSlug: 'taken',
			exerciseId: 'taken-reflectie-leraar',
			versions: []
		});
		const other = await addUser(db, 'Ander');
		await submitReflection(db, {
			userId: other,
			moduleSlug: 'functies',
			exerciseId: 'functies-reflectie-leraar',
			versions: [{ fields: { situatie: 'Werk van een ander.' }, at: new Date() }]
		});
		await ensureCertificate(
			db,
			{
				userId: learner.id,
				trackId: 'leraar',
				holderName: NAME,
				studyMinutes: 385,
				now: new Date('2026-12-05T12:00:00Z')
			},
			() => 'PORT-FOL2-3456'
		);
	});
	afterAll(() => handle.close());

	it('lists the learner’s own submitted work on the page', async () => {
		const summary = await portfolioSummary(handle.db, learner, request);
		expect(summary.tracks).toEqual([
			{
				slug: 'ondersteuners-effectief-inzetten',
				title: 'Ondersteuners effectief inzetten',
				done: 2,
				total: 8,
				completed: ['Vier ondersteunende functies', 'Steeds meer ondersteuners'],
				certificateOn: '5 december 2026'
			}
		]);
		expect(summary.reflections).toHaveLength(1);
		expect(summary.reflections[0]).toMatchObject({
			version: 2,
			submittedOn: '3 december 2026',
			feedbackCount: 2
		});
	});

	it('prints the latest version with the content’s labels, the feedback and the reply', async () => {
		const pdf = await portfolioDownload(handle.db, learner, request);
		expect(pdf.fileName).toBe('klasteam-portfolio-2026-12-10.pdf');
		const facts = await pdfFacts(await readAll(pdf.body));
		const text = facts.text.replace(/\s+/g, ' ');
		expect(facts.title).toBe(`Portfolio van ${NAME}`);
		expect(facts.tagged).toBe(true);
		expect(facts.language).toBe('nl-NL');
		for (const expected of [
			`Portfolio van ${NAME}`,
			'Gemaakt op 10 december 2026 met Klasteam.',
			'Afgeronde modules',
			'2 van 8 modules afgerond',
			'Certificaat behaald op 5 december 2026, verificatiecode PORT-FOL2-3456.',
			'Versie 2, ingeleverd op 3 december 2026',
			'Situatie: In groep 5 gaf ik de ondersteuner ‘rekenen’ – ≥ 4 leerlingen, één café-uur.',
			'Wat wilde ik? Dat de leerlingen zelfstandig oefenden; ik twijfelde of dat paste.',
			'Voorwaarde uit het artikel: Duidelijke rollen en taken',
			'Wanneer? 17 december 2026',
			'Feedback van Olaf Opleider, 4 december 2026',
			'Doel: Je koppelt het moment aan rolduidelijkheid.',
			'Voortgang: Je beschrijft wat je wilde én wat je deed.',
			'Volgende stap: Bespreek je voornemen met de ondersteuner.',
			'Mijn reactie: Dank je, dat doe ik vóór de kerstvakantie.',
			'Deze feedback gaat over versie 1.'
		]) {
			expect(text).toContain(expected);
		}
		expect(text).toContain('Rĳswĳk');
		expect(text).not.toContain('Eerste versie, later herschreven.');
		expect(text).not.toContain('Werk van een ander.');
		expect(facts.roles).toEqual(expect.arrayContaining(['H1', 'H2', 'H3', 'H4', 'L', 'LI']));
	});

	it('says so when there is nothing yet', async () => {
		const empty = { id: await addUser(handle.db, 'Nieuw'), name: 'Nieuw' };
		const facts = await pdfFacts(
			await readAll((await portfolioDownload(handle.db, empty, request)).body)
		);
		expect(facts.text).toContain('Je volgt nog geen leerroute.');
		expect(facts.text).toContain('Je hebt nog geen reflecties ingeleverd.');
	});
});
