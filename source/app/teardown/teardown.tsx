import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Results, ScenarioState, Teardown as ScenarioTeardown, TeardownItem} from '../../scenario/types.js';
import {deletionLabel, shownId} from '../../words/resources.js';
import stringWidth from 'string-width';
import {fitText} from '../shared/fit-text.js';
import {Spinner} from '../steps/spinner.js';
import {useTheme} from '../shared/theme.js';
import type {ColourRole} from '../../theme/palettes.js';
import {summarise} from './summary.js';
import {PANEL_WORDS as WORDS} from '../../words/panels.js';

function ItemRow({item, width}: {readonly item: TeardownItem; readonly width: number}) {
	const theme = useTheme();
	const label = deletionLabel(item.kind);
	// The label stays whole; the name is shortened at a boundary (a device keeps its name) to fit.
	const id = fitText(shownId(item.kind, item.id), width - 2 - stringWidth(label) - 1);
	const icon =
		item.status === 'running' ? (
			<Spinner />
		) : (
			<Text color={theme.paint(itemColor(item.status))}>{itemIcon(item.status)}</Text>
		);
	return (
		<Box flexDirection='column'>
			<Text wrap='truncate-middle'>
				{icon} {label} <Text dimColor>{id}</Text>
			</Text>
			{item.error ? (
				<Text color={theme.danger} wrap='truncate-end'>
					{'  '}
					{item.error}
				</Text>
			) : null}
		</Box>
	);
}

function itemIcon(status: TeardownItem['status']): string {
	return status === 'done' ? '✓' : status === 'failed' ? '✗' : '·';
}

function itemColor(status: TeardownItem['status']): ColourRole {
	return status === 'done' ? 'success' : status === 'failed' ? 'danger' : 'muted';
}

export interface TeardownProps {
	readonly teardown: ScenarioTeardown;
	readonly results: Results;
	/** Which scenario ran: what it takes to have proved its point. */
	readonly scenario: ScenarioState['scenario'];
	/** Show the final summary (the run has finished). */
	readonly finished: boolean;
	readonly width: number;
}

export function Summary({teardown, results, scenario}: Pick<TeardownProps, 'teardown' | 'results' | 'scenario'>) {
	const theme = useTheme();
	const summary = summarise({scenario, results}, teardown);
	const good = (ok: boolean) => (ok ? theme.success : theme.danger);
	return (
		<Box flexDirection='column' marginTop={1}>
			<Text bold color={good(summary.proved)}>
				{summary.proved ? WORDS.proved : WORDS.notProved}
			</Text>
			<Text bold color={good(summary.tornDown)}>
				{summary.tornDown ? WORDS.tornDown : WORDS.leftBehind(summary.leftBehind)}
			</Text>
			{summary.tornDown ? null : <Text>{WORDS.runCleanup}</Text>}
			<Text>{WORDS.pressQ}</Text>
		</Box>
	);
}

/** Everything the run created, deleted in dependency order, then what the run proved. */
export const Teardown = memo(function Teardown({teardown, results, scenario, finished, width}: TeardownProps) {
	return (
		<Box flexDirection='column' width={width}>
			{teardown.items.length === 0 ? <Text dimColor>{WORDS.nothingCreated}</Text> : null}
			{teardown.items.map((item) => (
				<ItemRow key={`${item.kind}:${item.id}`} item={item} width={width} />
			))}
			{finished ? <Summary teardown={teardown} results={results} scenario={scenario} /> : null}
		</Box>
	);
});
