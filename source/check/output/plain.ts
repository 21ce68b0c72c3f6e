/*
 * `--plain`: the findings as a table (severity, principal, finding, then the fix), then each
 * principal's matrix of actions against ways of signing.
 */
import {CHECK_WORDS} from '../../words/check.js';
import {FINDING_FIXES, findingLine, SEVERITY_NAMES, WAY_COLUMNS} from '../../words/check-findings.js';
import {cellIndex} from '../report-read.js';
import {allFindings} from '../report-read.js';
import type {CheckReport, PrincipalReport} from '../types.js';
import {padToWidth, widestOf} from '../../app/shared/columns.js';
import {glyphFor} from './glyphs.js';

export function plainReport(report: CheckReport, env: NodeJS.ProcessEnv = process.env): string[] {
	const findings = allFindings(report);
	const cells = report.principals.reduce((sum, entry) => sum + entry.cells.length, 0);
	const lines = [CHECK_WORDS.summary(report.principals.length, cells, findings.length), ''];
	const {headings} = CHECK_WORDS;
	if (findings.length === 0) lines.push(CHECK_WORDS.noFindings);
	else {
		const nameWidth = widestOf([headings.principal, ...findings.map((finding) => finding.principal)]);
		const levelWidth = widestOf([headings.severity, ...Object.values(SEVERITY_NAMES)]);
		lines.push(
			`${padToWidth(headings.severity, levelWidth)} ${padToWidth(headings.principal, nameWidth)} ${headings.finding}`,
		);
		for (const finding of findings) {
			const level = padToWidth(SEVERITY_NAMES[finding.severity], levelWidth);
			lines.push(`${level} ${padToWidth(finding.principal, nameWidth)} ${findingLine(finding)}`);
			lines.push(`${''.padEnd(levelWidth)} ${''.padEnd(nameWidth)} ${headings.fix} ${FINDING_FIXES[finding.kind]}`);
		}
	}
	for (const entry of report.principals) lines.push('', ...matrixLines(entry, env));
	for (const pattern of report.unexpanded) lines.push('', CHECK_WORDS.unexpanded(pattern.pattern, pattern.covers));
	return lines;
}

/** "user alice (3 findings)" then a row per action: one mark per way of signing. */
export function matrixLines(entry: PrincipalReport, env: NodeJS.ProcessEnv): string[] {
	const at = cellIndex(entry.cells);
	const width = Math.max(6, widestOf(entry.actions));
	const columns = entry.ways.map((way) => WAY_COLUMNS[way]);
	const header = `  ${''.padEnd(width)}  ${columns.join('  ')}`;
	const rows = entry.actions.map((action) => {
		const marks = entry.ways.map((way, index) => {
			const cell = at(action, way);
			const mark = cell ? glyphFor(cell.decision, env) : '?';
			return padToWidth(mark, widestOf([columns[index] ?? '']));
		});
		return `  ${padToWidth(action, width)}  ${marks.join('  ')}`.trimEnd();
	});
	const title = CHECK_WORDS.matrixTitle(entry.principal.kind, entry.principal.name, entry.findings.length);
	return [title, header, ...rows];
}
