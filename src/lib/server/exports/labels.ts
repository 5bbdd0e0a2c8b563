import { m } from '../../paraglide/messages';
import type { CellStatus } from '../../overview/attention';

// Every text a file needs, read once while the request's locale is known: the stream's later
// pulls run outside the request's locale context.

export function progressLabels() {
	return {
		header: [
			m.overview_csv_name(),
			m.overview_csv_email(),
			m.overview_csv_module(),
			m.overview_csv_status(),
			m.overview_csv_lessons_read(),
			m.overview_csv_lessons_total(),
			m.overview_csv_best_score(),
			m.overview_csv_quiz_passed(),
			m.overview_csv_reflection_submitted(),
			m.overview_csv_last_activity()
		],
		status: {
			'not-started': m.overview_status_not_started(),
			'in-progress': m.overview_status_in_progress(),
			completed: m.overview_status_completed(),
			attention: m.overview_status_attention()
		} satisfies Record<CellStatus, string>,
		yes: m.overview_yes(),
		no: m.overview_no(),
		sheet: m.overview_xlsx_progress_sheet()
	};
}
export type ProgressLabels = ReturnType<typeof progressLabels>;

export function resultsLabels() {
	return {
		header: [
			m.overview_csv_module(),
			m.overview_csv_item_id(),
			m.overview_csv_item_type(),
			m.overview_csv_prompt(),
			m.overview_csv_first_learners(),
			m.overview_csv_first_correct(),
			m.overview_csv_answers(),
			m.overview_csv_all_correct(),
			m.overview_csv_confident_wrong()
		],
		sheet: m.overview_xlsx_results_sheet()
	};
}
export type ResultsLabels = ReturnType<typeof resultsLabels>;
