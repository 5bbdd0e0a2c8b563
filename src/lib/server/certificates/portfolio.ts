import { intlLocale } from '../../i18n/format';
import { m } from '../../paraglide/messages';
import type { Database } from '../db/client';
import { openPdf } from '../pdf/document';
import { writePortfolio, type PortfolioContent } from '../pdf/portfolio-pdf';
import type { CompletedModules } from './completion';
import { completedModules as defaultCompletion } from './completion-source';
import { portfolioFileName } from './file-names';
import { formatLongDate, type Locale } from './format';
import { answeredFields, gatherPortfolio, type PortfolioData } from './portfolio-data';

export interface PortfolioRequest {
	now: Date;
	locale: Locale;
	completion?: CompletedModules;
}

interface Learner {
	id: string;
	name: string;
}

export interface PortfolioSummary {
	tracks: {
		slug: string;
		title: string;
		done: number;
		total: number;
		completed: string[];
		certificateOn: string | null;
	}[];
	reflections: {
		id: string;
		title: string;
		version: number;
		submittedOn: string;
		feedbackCount: number;
	}[];
}

/** What the portfolio page lists before the learner downloads it: their own work only. */
export async function portfolioSummary(
	db: Database,
	learner: Learner,
	request: PortfolioRequest
): Promise<PortfolioSummary> {
	const data = await gatherPortfolio(db, learner.id, request.completion ?? defaultCompletion);
	return {
		tracks: data.tracks.map((t) => ({
			slug: t.track.slug,
			title: t.track.title,
			done: t.completed.length,
			total: t.modules.length,
			completed: t.completed.map((module) => module.title),
			certificateOn: t.certificate ? formatLongDate(t.certificate.issuedAt, request.locale) : null
		})),
		reflections: data.reflections.map((r) => ({
			id: r.submitted.reflectionId,
			title: `${r.moduleTitle}: ${r.exerciseTitle}`,
			version: r.submitted.version,
			submittedOn: formatLongDate(r.submitted.submittedAt, request.locale),
			feedbackCount: r.feedback.length
		}))
	};
}

/** The portfolio as one PDF, for the learner's own programme or placement school. */
export async function portfolioDownload(
	db: Database,
	learner: Learner,
	request: PortfolioRequest
): Promise<{ fileName: string; body: ReadableStream<Uint8Array> }> {
	const data = await gatherPortfolio(db, learner.id, request.completion ?? defaultCompletion);
	const title = m.cert_pdf_portfolio_doc_title({ name: learner.name }, { locale: request.locale });
	const pdf = openPdf({
		title,
		lang: intlLocale(request.locale),
		author: learner.name
	});
	writePortfolio(pdf, portfolioContent(title, data, request));
	pdf.finish();
	return { fileName: portfolioFileName(request.now), body: pdf.body };
}

function portfolioContent(
	title: string,
	data: PortfolioData,
	{ now, locale }: PortfolioRequest
): PortfolioContent {
	const l = { locale };
	const date = (instant: Date) => formatLongDate(instant, locale);
	return {
		title,
		made: m.cert_pdf_portfolio_made({ date: date(now) }, l),
		modules: {
			heading: m.cert_portfolio_modules({}, l),
			empty: m.cert_portfolio_no_tracks({}, l),
			noneCompleted: m.cert_pdf_none_completed({}, l),
			tracks: data.tracks.map((t) => ({
				title: t.track.title,
				progress: m.cert_portfolio_progress(
					{ done: t.completed.length, total: t.modules.length },
					l
				),
				completed: t.completed.map((module) => module.title),
				certificate: t.certificate
					? m.cert_pdf_certificate_line(
							{ date: date(t.certificate.issuedAt), code: t.certificate.verificationCode },
							l
						)
					: undefined
			}))
		},
		reflections: {
			heading: m.cert_portfolio_reflections({}, l),
			empty: m.cert_portfolio_no_reflections({}, l),
			items: data.reflections.map((r) => ({
				heading: m.cert_pdf_reflection_heading(
					{ module: r.moduleTitle, exercise: r.exerciseTitle },
					l
				),
				meta: m.cert_portfolio_reflection_meta(
					{ version: r.submitted.version, date: date(r.submitted.submittedAt) },
					l
				),
				fields: answeredFields(r.submitted.fields, r.exercise, locale),
				feedback: r.feedback.map((f) => ({
					heading: m.cert_pdf_feedback_heading(
						{
							trainer: f.trainerName ?? m.cert_pdf_trainer_unknown({}, l),
							date: date(f.createdAt)
						},
						l
					),
					note:
						f.version === r.submitted.version
							? undefined
							: m.cert_pdf_feedback_earlier({ version: f.version }, l),
					parts: [
						{ label: m.cert_pdf_feedback_goal({}, l), value: f.goal },
						{ label: m.cert_pdf_feedback_progress({}, l), value: f.progress },
						{ label: m.cert_pdf_feedback_next({}, l), value: f.nextStep },
						...(f.reply ? [{ label: m.cert_pdf_reply({}, l), value: f.reply }] : [])
					]
				}))
			}))
		}
	};
}
