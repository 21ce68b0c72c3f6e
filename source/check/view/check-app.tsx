import {Box, Text, useApp, useInput} from 'ink';
import {useRef, useState} from 'react';
import {keystrokes} from '../../app/shared/keystrokes.js';
import {useTerminalSize} from '../../app/shared/use-terminal-size.js';
import {CHECK_DASHBOARD} from '../../words/check.js';
import {allFindings} from '../report-read.js';
import type {CheckReport} from '../types.js';
import {CellDetail} from './cell-detail.js';
import {eventForKey} from './keys.js';
import {Matrix} from './matrix.js';
import {PrincipalList} from './principal-list.js';
import {chosenPrincipal, initialViewState, updateView, visibleActions, visiblePrincipals} from './state.js';

interface Props {
	readonly report: CheckReport;
	readonly color: boolean;
}

/** The check's dashboard: principals, then a principal's matrix, then one cell's statement. */
export function CheckApp({report, color}: Props) {
	const {exit} = useApp();
	const [state, setState] = useState(initialViewState);
	// Keys can arrive faster than frames: each is read against the state the previous one left.
	const latest = useRef(initialViewState);
	const {columns, rows} = useTerminalSize();
	useInput((typed, pressed) => {
		// Keys that came in one read ("\rq": the Enter that ends the filter, then q) are taken one by one.
		for (const {input, key} of keystrokes(typed, pressed)) {
			const event = eventForKey(latest.current, input, key);
			if (event === 'quit') {
				exit();
				return;
			}
			if (event) latest.current = updateView(report, latest.current, event);
		}
		setState(latest.current);
	});
	const findings = allFindings(report);
	const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
	const entry = chosenPrincipal(report, state);
	const actions = visibleActions(entry, state);
	const body = rows - 2;
	const cell =
		entry && actions[state.action] !== undefined
			? entry.cells.find(
					(candidate) => candidate.action === actions[state.action] && candidate.way === entry.ways[state.way],
				)
			: undefined;
	const keys = state.filtering ? CHECK_DASHBOARD.filterPrompt(state.filter) : CHECK_DASHBOARD.keys[state.panel];
	return (
		<Box flexDirection='column' width={columns} height={rows}>
			<Text wrap='truncate-end'>
				<Text bold>{CHECK_DASHBOARD.title}</Text> · {CHECK_DASHBOARD.target(report.target.kind, report.target.where)} ·{' '}
				{CHECK_DASHBOARD.counts(count('high'), count('medium'), count('low'))}
			</Text>
			<Box flexDirection='column' height={body} overflow='hidden'>
				{state.panel === 'principals' ? (
					<PrincipalList
						principals={visiblePrincipals(report, state)}
						total={report.principals.length}
						selected={state.principal}
						rows={body}
						color={color}
					/>
				) : null}
				{state.panel === 'matrix' && entry ? (
					<Matrix
						entry={entry}
						actions={actions}
						action={state.action}
						way={state.way}
						rows={body}
						columns={columns}
						color={color}
					/>
				) : null}
				{state.panel === 'statement' && entry && cell ? (
					<CellDetail entry={entry} cell={cell} rows={body} color={color} />
				) : null}
			</Box>
			<Text wrap='truncate-end' dimColor={!state.filtering}>
				{!state.filtering && state.filter ? `${CHECK_DASHBOARD.filterShown(state.filter)}  ` : ''}
				{keys}
			</Text>
		</Box>
	);
}
