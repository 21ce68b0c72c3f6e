import {numberFormat} from '../../words/language.js';
import {PANEL_WORDS} from '../../words/panels.js';

/** "1:05" / "12:00:03": a countdown people read at a glance. */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** One decimal, as the language writes it: "2.4" in English, "2,4" in Portuguese. */
const TENTHS: Intl.NumberFormatOptions = {minimumFractionDigits: 1, maximumFractionDigits: 1};

/** Milliseconds as the steps and trace show them: "840ms", "2.4s". */
export function formatMs(ms: number): string {
	return ms < 1000 ? `${Math.round(ms)}ms` : `${numberFormat(TENTHS).format(ms / 1000)}s`;
}

/** At most `max` lines; the last one says how many were left out. */
export function clipLines(lines: readonly string[], max: number): string[] {
	if (lines.length <= max) return [...lines];
	if (max <= 0) return [];
	const shown = lines.slice(0, max - 1);
	return [...shown, PANEL_WORDS.moreLines(lines.length - shown.length)];
}
