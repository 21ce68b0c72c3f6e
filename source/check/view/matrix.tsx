import {Box, Text} from 'ink';
import {WAY_COLUMNS, WAY_NAMES, statementName} from '../../words/check-findings.js';
import {CHECK_DASHBOARD, CHECK_WORDS} from '../../words/check.js';
import {cellIndex} from '../report-read.js';
import {glyphFor} from '../output/glyphs.js';
import type {PrincipalReport} from '../types.js';
import {padToWidth, widestOf} from '../../app/shared/columns.js';
import {useTheme} from '../../app/shared/theme.js';
import {DECISION_ROLE} from './colours.js';

interface Props {
	readonly entry: PrincipalReport;
	readonly actions: readonly string[];
	readonly action: number;
	readonly way: number;
	readonly rows: number;
	readonly columns: number;
	readonly color: boolean;
}

/** Actions down, ways of signing across; each cell a mark whose shape says the decision. */
export function Matrix({entry, actions, action, way, rows, columns, color}: Props) {
	const {paint} = useTheme();
	const at = cellIndex(entry.cells);
	const widths = entry.ways.map((candidate) => Math.max(3, widestOf([WAY_COLUMNS[candidate]])));
	const room = Math.max(1, rows - 5);
	const first = Math.max(0, Math.min(action - Math.floor(room / 2), actions.length - room));
	const nameWidth = Math.max(10, Math.min(columns - 2 - widths.reduce((sum, width) => sum + width + 2, 0), 44));
	const selected = actions[action];
	const cell = selected === undefined ? undefined : at(selected, entry.ways[way] ?? 'longTermKey');
	const glyph = (decision: 'allowed' | 'explicitDeny' | 'implicitDeny') => glyphFor(decision);
	return (
		<Box flexDirection='column'>
			<Text bold wrap='truncate-end'>
				{CHECK_DASHBOARD.matrixHeading(entry.principal.kind, entry.principal.name, entry.findings.length)}
			</Text>
			<Text wrap='truncate-end'>
				{' '.repeat(nameWidth + 1)}
				{entry.ways.map((candidate, index) => `  ${padToWidth(WAY_COLUMNS[candidate], widths[index] ?? 3)}`).join('')}
			</Text>
			{actions.length === 0 ? <Text dimColor>{CHECK_DASHBOARD.noActions}</Text> : null}
			{actions.slice(first, first + room).map((name, index) => {
				const row = first + index;
				const label = name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name;
				return (
					<Text key={name} wrap='truncate-end'>
						{row === action ? '›' : ' '}
						{label.padEnd(nameWidth)}
						{entry.ways.map((candidate, column) => {
							const decision = at(name, candidate)?.decision ?? 'implicitDeny';
							const mark = glyph(decision);
							return (
								<Text key={candidate}>
									{'  '}
									<Text
										inverse={row === action && column === way}
										color={color ? paint(DECISION_ROLE[decision]) : undefined}
									>
										{mark}
									</Text>
									{' '.repeat(Math.max(0, (widths[column] ?? 3) - 1))}
								</Text>
							);
						})}
					</Text>
				);
			})}
			<Text dimColor wrap='truncate-end'>
				{CHECK_DASHBOARD.legend(glyph('allowed'), glyph('explicitDeny'), glyph('implicitDeny'))}
			</Text>
			{cell ? (
				<Text wrap='wrap'>
					{CHECK_DASHBOARD.cellLine(cell.action, WAY_NAMES[cell.way], CHECK_WORDS.decisions[cell.decision])} ·{' '}
					{statementName(cell.decidedBy)}
				</Text>
			) : null}
		</Box>
	);
}
