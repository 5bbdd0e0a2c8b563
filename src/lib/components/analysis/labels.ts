import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { discriminationBand } from '$lib/analysis/stats';
import { formatDecimal, formatPercent } from '$lib/i18n/format';
import type { ConfidenceRow, Discrimination, Share } from '$lib/analysis/types';
import type { ItemType } from '$lib/analysis/views';

// Words for the analysis in the reader's language; the statistics themselves stay language-free.

const TYPE_LABELS: Record<ItemType, () => string> = {
	single: m.analysis_type_single,
	multiple: m.analysis_type_multiple,
	'true-false': m.analysis_type_true_false,
	match: m.analysis_type_match,
	order: m.analysis_type_order,
	numeric: m.analysis_type_numeric,
	'short-text': m.analysis_type_short_text
};

export function typeLabel(type: ItemType, scenario: boolean): string {
	const label = TYPE_LABELS[type]();
	return scenario ? m.analysis_type_scenario({ type: label.toLowerCase() }) : label;
}

export function percent(share: number): string {
	return formatPercent(share, getLocale());
}

/** "5 (42%)"; just "0" when there is nothing to share out. */
export function countShare(count: number, total: number): string {
	return total > 0 ? m.analysis_count_share({ count, percent: percent(count / total) }) : '0';
}

export function correctText(correct: Share): string {
	if (correct.share === null) return m.analysis_stat_no_answers();
	return m.analysis_stat_correct_value({
		percent: percent(correct.share),
		count: correct.count,
		total: correct.total
	});
}

const BANDS = {
	good: m.analysis_band_good,
	fair: m.analysis_band_fair,
	weak: m.analysis_band_weak,
	negative: m.analysis_band_negative
};

export function discriminationText(d: Discrimination): string {
	switch (d.kind) {
		case 'value':
			return m.analysis_disc_value({
				value: formatDecimal(d.r, getLocale()),
				band: BANDS[discriminationBand(d.r)]()
			});
		case 'too-few':
			return m.analysis_disc_too_few({ count: d.n, needed: d.needed });
		case 'no-variance':
			return d.of === 'item'
				? m.analysis_disc_no_variance_item()
				: m.analysis_disc_no_variance_rest();
	}
}

const CONFIDENCE = {
	zeker: m.analysis_conf_zeker,
	twijfel: m.analysis_conf_twijfel,
	gok: m.analysis_conf_gok,
	none: m.analysis_conf_none
};

export function confidenceLabel(level: ConfidenceRow['level']): string {
	return CONFIDENCE[level]();
}
