import { bulletList, heading, labelled, paragraph } from './blocks';
import type { OpenPdf } from './document';

interface Labelled {
	label: string;
	value: string;
}

/** The portfolio's content, already composed in the reader's language; this file only lays out. */
export interface PortfolioContent {
	title: string;
	made: string;
	modules: {
		heading: string;
		/** Shown instead of the tracks when the learner follows none. */
		empty: string;
		tracks: { title: string; progress: string; completed: string[]; certificate?: string }[];
		noneCompleted: string;
	};
	reflections: {
		heading: string;
		empty: string;
		items: {
			heading: string;
			meta: string;
			fields: Labelled[];
			feedback: { heading: string; note?: string; parts: Labelled[] }[];
		}[];
	};
}

export function writePortfolio({ doc, root }: OpenPdf, content: PortfolioContent) {
	doc.y = doc.page.margins.top;
	heading(doc, root, 1, content.title);
	paragraph(doc, root, content.made, { muted: true });

	const modules = doc.struct('Sect');
	root.add(modules);
	heading(doc, modules, 2, content.modules.heading);
	if (content.modules.tracks.length === 0) paragraph(doc, modules, content.modules.empty);
	for (const track of content.modules.tracks) {
		heading(doc, modules, 3, track.title);
		paragraph(doc, modules, track.progress, { muted: true });
		if (track.completed.length > 0) bulletList(doc, modules, track.completed);
		else paragraph(doc, modules, content.modules.noneCompleted);
		if (track.certificate) paragraph(doc, modules, track.certificate, { bold: true });
	}
	modules.end();

	const reflections = doc.struct('Sect');
	root.add(reflections);
	heading(doc, reflections, 2, content.reflections.heading);
	if (content.reflections.items.length === 0)
		paragraph(doc, reflections, content.reflections.empty);
	for (const item of content.reflections.items) {
		const section = doc.struct('Sect');
		reflections.add(section);
		heading(doc, section, 3, item.heading);
		paragraph(doc, section, item.meta, { muted: true });
		for (const field of item.fields) labelled(doc, section, field.label, field.value);
		for (const feedback of item.feedback) {
			heading(doc, section, 4, feedback.heading);
			if (feedback.note) paragraph(doc, section, feedback.note, { muted: true });
			for (const part of feedback.parts) labelled(doc, section, part.label, part.value);
		}
		section.end();
	}
	reflections.end();
}
