import {Box, Text} from 'ink';
import {statementSpans} from '../../policy-text/positions.js';
import {FINDING_FIXES, findingLine, SEVERITY_NAMES, statementName, WAY_NAMES} from '../../words/check-findings.js';
import {CHECK_DASHBOARD, CHECK_WORDS} from '../../words/check.js';
import type {Cell, Decider, PrincipalReport} from '../types.js';
import {useTheme} from '../../app/shared/theme.js';
import {DECISION_ROLE, SEVERITY_ROLE} from './colours.js';

interface Props {
	readonly entry: PrincipalReport;
	readonly cell: Cell;
	readonly rows: number;
	readonly color: boolean;
}

/** One cell: its decision, the statement behind it (its text, from the policy), and its findings. */
export function CellDetail({entry, cell, rows, color}: Props) {
	const findings = entry.findings.filter(
		(finding) => finding.action === cell.action || finding.alsoActions?.includes(cell.action),
	);
	const {paint} = useTheme();
	const text = statementText(entry, cell.decidedBy);
	const room = Math.max(0, rows - 4 - findings.length * 2);
	return (
		<Box flexDirection='column'>
			<Text bold wrap='wrap'>
				{CHECK_DASHBOARD.cellLine(cell.action, WAY_NAMES[cell.way], '')}
				<Text color={color ? paint(DECISION_ROLE[cell.decision]) : undefined}>
					{CHECK_WORDS.decisions[cell.decision]}
				</Text>
			</Text>
			<Text wrap='wrap'>
				{cell.refusedByTrust ? `${CHECK_DASHBOARD.refusedByTrust}: ` : `${CHECK_DASHBOARD.decidedBy} `}
				{statementName(cell.decidedBy)}
			</Text>
			{text.slice(0, room).map((line, index) => (
				// Lines of one statement, in order; the index is their identity.
				// biome-ignore lint/suspicious/noArrayIndexKey: the lines never move
				<Text key={index} dimColor wrap='truncate-end'>
					{line}
				</Text>
			))}
			{findings.length > 0 ? <Text bold>{CHECK_DASHBOARD.findingsHere}</Text> : null}
			{findings.map((finding) => (
				<Box key={`${finding.kind}${finding.way}`} flexDirection='column'>
					<Text color={color ? paint(SEVERITY_ROLE[finding.severity]) : undefined} wrap='wrap'>
						{SEVERITY_NAMES[finding.severity]} {findingLine(finding)}
					</Text>
					<Text wrap='wrap'>{FINDING_FIXES[finding.kind]}</Text>
				</Box>
			))}
		</Box>
	);
}

/** The statement's own lines, cut from its policy document at the positions the engine reports. */
function statementText(entry: PrincipalReport, decider: Decider | undefined): string[] {
	if (!decider) return [];
	const {principal} = entry;
	const sources = [
		...principal.policies,
		...(principal.boundary ? [principal.boundary] : []),
		...(principal.trust ? [principal.trust] : []),
	];
	const source = sources.find((candidate) => candidate.id === decider.policyId && candidate.kind === decider.kind);
	const span = source ? statementSpans(source.text)[decider.statement] : undefined;
	if (!source || !span) return [];
	const lines = source.text.split('\n').slice(span.start.line - 1, span.end.line);
	// A document may hold C1 controls (U+0080–U+009F are within its documented characters): never to the terminal.
	return lines.map((line) => line.replaceAll('\t', '  ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '?'));
}
