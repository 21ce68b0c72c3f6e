import {DASHBOARD_WORDS} from '../../words/dashboard.js';
import {memo} from 'react';
import {Box, Text} from 'ink';
import type {TraceEntry} from '../../aws/types.js';
import {padToWidth, widestOf} from '../shared/columns.js';
import {formatMs} from '../shared/format.js';
import {useTheme} from '../shared/theme.js';

export interface TraceProps {
	readonly trace: readonly TraceEntry[];
	readonly rows: number;
	readonly width: number;
}

function compactParams(params: Record<string, unknown>): string {
	const text = JSON.stringify(params);
	return text === '{}' ? '' : text;
}

/** One AWS call per line. Parameters arrive already redacted; they are shown only when there is room. */
/** Wide enough for the longest code the demo meets, InvalidAuthenticationCode, so the times line up. */
const OUTCOME_WIDTH = 25;

function column(text: string, width: number): string {
	return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** Who signed, as wide as the widest of the language's names for a signer (11 in English, 13 in Portuguese). */
function principalColumn(principal: TraceEntry['principal']): string {
	const names = DASHBOARD_WORDS.principals;
	return padToWidth(names[principal], widestOf(Object.values(names)));
}

export function traceLine(entry: TraceEntry, width: number): string {
	const outcome = entry.outcome === 'ok' ? 'ok' : (entry.errorCode ?? DASHBOARD_WORDS.callFailed);
	const head = `${entry.service.padEnd(3)} ${entry.operation.padEnd(24)} ${principalColumn(entry.principal)} ${column(outcome, OUTCOME_WIDTH)} ${formatMs(entry.ms).padStart(6)}`;
	return width >= 110 ? `${head}  ${compactParams(entry.params)}` : head;
}

/** The last AWS calls that fit. */
export const Trace = memo(function Trace({trace, rows, width}: TraceProps) {
	const theme = useTheme();
	if (rows < 2) return null;
	const shown = trace.slice(-(rows - 1));
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>
				{DASHBOARD_WORDS.awsCalls}{' '}
				{trace.length > shown.length ? <Text dimColor>{DASHBOARD_WORDS.lastCalls(shown.length)}</Text> : null}
			</Text>
			{shown.length === 0 ? <Text dimColor>{DASHBOARD_WORDS.noCallsYet}</Text> : null}
			{shown.map((entry) => (
				<Text key={entry.id} wrap='truncate-end' color={entry.outcome === 'error' ? theme.warning : undefined}>
					{traceLine(entry, width)}
				</Text>
			))}
		</Box>
	);
});
