import {Box, Text} from 'ink';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

function tooSmallMessage(columns: number, rows: number): string {
	return `Terminal too small: ${columns}×${rows}. sts-mfa needs at least ${MIN_COLUMNS}×${MIN_ROWS} — enlarge the window, or run with --plain.`;
}

/** Said plainly instead of a garbled dashboard; q and Ctrl-C still work. */
export function TooSmall({
	columns,
	rows,
	question,
}: {
	readonly columns: number;
	readonly rows: number;
	/** `q` was pressed with something created: y goes ahead, n carries on. */
	readonly question?: string;
}) {
	return (
		<Box flexDirection='column' width={columns}>
			<Text wrap='wrap'>{tooSmallMessage(columns, rows)}</Text>
			<Text wrap='wrap' bold={question !== undefined}>
				{question ? `${question} y yes, n no` : 'Press q to quit (everything created so far is torn down first).'}
			</Text>
		</Box>
	);
}
