/* Reading a finished report: no evaluation here, so the dashboard script can import it (it must not load the sandbox's engine). */
import type {Cell, CheckReport, Finding, Way} from './types.js';

export type CellIndex = (action: string, way: Way) => Cell | undefined;

export function cellIndex(cells: readonly Cell[]): CellIndex {
	const byKey = new Map(cells.map((cell) => [`${cell.action.toLowerCase()} ${cell.way}`, cell]));
	return (action, way) => byKey.get(`${action.toLowerCase()} ${way}`);
}

/** Every finding of the report, most severe first. */
export function allFindings(report: CheckReport): Finding[] {
	const order = {high: 0, medium: 1, low: 2} as const;
	return report.principals.flatMap((entry) => entry.findings).sort((a, b) => order[a.severity] - order[b.severity]);
}
