import {Box, Text} from 'ink';
import {CHECK_DASHBOARD} from '../../words/check.js';
import type {PrincipalReport} from '../types.js';
import {padToWidth, widestOf} from '../../app/shared/columns.js';
import {useTheme} from '../../app/shared/theme.js';
import {SEVERITY_ROLE} from './colours.js';

interface Props {
	readonly principals: readonly PrincipalReport[];
	readonly total: number;
	readonly selected: number;
	readonly rows: number;
	readonly color: boolean;
}

const count = (entry: PrincipalReport, severity: 'high' | 'medium' | 'low') =>
	entry.findings.filter((finding) => finding.severity === severity).length;

/** Principals with their finding counts, the chosen one marked; the list scrolls to keep it in view. */
export function PrincipalList({principals, total, selected, rows, color}: Props) {
	const {paint} = useTheme();
	const room = Math.max(1, rows - 1);
	const first = Math.max(0, Math.min(selected - Math.floor(room / 2), principals.length - room));
	const shown = principals.slice(first, first + room);
	const {kinds} = CHECK_DASHBOARD;
	const kindWidth = widestOf(Object.values(kinds)) + 1;
	const nameWidth = Math.min(40, Math.max(8, ...principals.map((entry) => entry.principal.name.length)));
	return (
		<Box flexDirection='column'>
			<Text bold>{CHECK_DASHBOARD.principalsHeading(principals.length, total)}</Text>
			{shown.map((entry, index) => {
				const at = first + index;
				const high = count(entry, 'high');
				const counts = CHECK_DASHBOARD.findingCount(high, count(entry, 'medium'), count(entry, 'low'));
				const name =
					entry.principal.name.length > nameWidth
						? `${entry.principal.name.slice(0, nameWidth - 1)}…`
						: entry.principal.name;
				return (
					<Text key={entry.principal.arn} inverse={at === selected} wrap='truncate-end'>
						{at === selected ? '›' : ' '}
						{padToWidth(kinds[entry.principal.kind], kindWidth)}
						{name.padEnd(nameWidth)}{' '}
						<Text
							color={
								color ? paint(high > 0 ? SEVERITY_ROLE.high : counts ? SEVERITY_ROLE.medium : 'success') : undefined
							}
						>
							{counts || CHECK_DASHBOARD.noFindingShort}
						</Text>
					</Text>
				);
			})}
		</Box>
	);
}
