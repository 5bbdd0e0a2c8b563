import { intlLocale } from '../../i18n/format';
import { error } from '@sveltejs/kit';
import { m } from '../../paraglide/messages';
import type { Track } from '../../content';
import { getCourse } from '../content';
import type { Database } from '../db/client';
import {
	findCertificate,
	findCertificateByCode,
	type Certificate
} from '../db/queries/certificates';
import { requireTrack } from '../learning/context';
import { openPdf } from '../pdf/document';
import { writeCertificate } from '../pdf/certificate-pdf';
import { normaliseVerificationCode } from './code';
import { isTrackComplete, type CompletedModules } from './completion';
import { certificateFileName } from './file-names';
import { formatHours, formatLongDate, studyHours, type Locale } from './format';
import { ensureCertificate } from './issue';
import { completedModules as defaultCompletion } from './completion-source';

export interface CertificateRequest {
	now: Date;
	locale: Locale;
	/** The site's public origin, for the verification URL printed on the certificate. */
	origin: string;
	completion?: CompletedModules;
}

interface Learner {
	id: string;
	name: string;
}

export interface CertificateFacts {
	holderName: string;
	trackTitle: string;
	issuedOn: string;
	hours: string;
	code: string;
	verifyUrl: string;
}

export type CertificatePage =
	| { status: 'ready'; track: { slug: string; title: string }; certificate: CertificateFacts }
	| {
			status: 'incomplete';
			track: { slug: string; title: string };
			done: number;
			total: number;
			missing: { slug: string; title: string }[];
	  };

/** The sum of the track's modules' estimated minutes, as content has them today. */
export function trackStudyMinutes(track: Track): number {
	return getCourse()
		.trackModules(track.id)
		.reduce((sum, module) => sum + module.estimatedMinutes, 0);
}

/**
 * The learner's certificate for a track: issued now if every module is complete and none exists
 * yet, or what is still missing. Only the learner themselves, enrolled in the track, gets here.
 */
export async function certificatePage(
	db: Database,
	learner: Learner,
	trackSlug: string,
	request: CertificateRequest
): Promise<CertificatePage> {
	const { track } = await requireTrack(db, learner.id, trackSlug);
	const result = await issuedOrMissing(db, learner, track, request);
	const summary = { slug: track.slug, title: track.title };
	if ('missing' in result) return { status: 'incomplete', track: summary, ...result };
	return { status: 'ready', track: summary, certificate: facts(result, track, request) };
}

/** The certificate as a PDF; 404 while the track is not complete (there is nothing to print). */
export async function certificateDownload(
	db: Database,
	learner: Learner,
	trackSlug: string,
	request: CertificateRequest
): Promise<{ fileName: string; body: ReadableStream<Uint8Array> }> {
	const { track } = await requireTrack(db, learner.id, trackSlug);
	const result = await issuedOrMissing(db, learner, track, request);
	if ('missing' in result) error(404, 'not-found');
	const certificate = facts(result, track, request);
	const locale = { locale: request.locale };
	const pdf = openPdf({
		title: m.cert_pdf_doc_title({ track: track.title }, locale),
		lang: intlLocale(request.locale),
		author: 'Klasteam',
		layout: 'landscape'
	});
	writeCertificate(pdf, {
		brand: 'Klasteam',
		heading: m.cert_pdf_heading({}, locale),
		declares: m.cert_pdf_declares({}, locale),
		holderName: certificate.holderName,
		trackIntro: m.cert_pdf_track_intro({}, locale),
		trackTitle: certificate.trackTitle,
		completedOn: m.cert_pdf_completed_on({ date: certificate.issuedOn }, locale),
		hours: m.cert_pdf_hours({ hours: certificate.hours }, locale),
		code: m.cert_pdf_code({ code: certificate.code }, locale),
		verify: m.cert_pdf_verify({}, locale),
		verifyUrl: certificate.verifyUrl
	});
	pdf.finish();
	return { fileName: certificateFileName(track.slug), body: pdf.body };
}

async function issuedOrMissing(
	db: Database,
	learner: Learner,
	track: Track,
	request: CertificateRequest
): Promise<
	Certificate | { done: number; total: number; missing: { slug: string; title: string }[] }
> {
	const existing = await findCertificate(db, learner.id, track.id);
	if (existing) return existing;
	const completed = await (request.completion ?? defaultCompletion)(db, learner.id, track);
	if (!isTrackComplete(track, completed)) {
		const modules = getCourse().trackModules(track.id);
		const missing = modules.filter((module) => !completed.has(module.slug));
		return {
			done: modules.length - missing.length,
			total: modules.length,
			missing: missing.map((module) => ({ slug: module.slug, title: module.title }))
		};
	}
	return ensureCertificate(db, {
		userId: learner.id,
		trackId: track.id,
		holderName: learner.name,
		studyMinutes: trackStudyMinutes(track),
		now: request.now
	});
}

function facts(
	certificate: Certificate,
	track: Track,
	request: CertificateRequest
): CertificateFacts {
	return {
		holderName: certificate.holderName,
		trackTitle: track.title,
		issuedOn: formatLongDate(certificate.issuedAt, request.locale),
		hours: formatHours(studyHours(certificate.studyMinutes), request.locale),
		code: certificate.verificationCode,
		verifyUrl: `${request.origin}/certificaat/${certificate.verificationCode}`
	};
}

export type Verification =
	| { status: 'invalid' }
	| { status: 'not-found'; code: string }
	| { status: 'found'; code: string; holderName: string; trackTitle: string; issuedOn: string };

/**
 * The public check. It reveals the name, the track and the date of a real code, and nothing at
 * all about codes that do not exist.
 */
export async function verifyCertificate(
	db: Database,
	typed: string,
	locale: Locale
): Promise<Verification> {
	const code = normaliseVerificationCode(typed);
	if (!code) return { status: 'invalid' };
	const found = await findCertificateByCode(db, code);
	if (!found) return { status: 'not-found', code };
	return {
		status: 'found',
		code,
		holderName: found.holderName,
		trackTitle: getCourse().track(found.trackId)?.title ?? found.trackId,
		issuedOn: formatLongDate(found.issuedAt, locale)
	};
}
