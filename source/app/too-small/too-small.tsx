import {Box, Text} from 'ink';
import {TOO_SMALL_WORDS} from '../../words/dashboard-start.js';
import {useCommandLine} from '../shared/command-line.js';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

function tooSmallMessage(columns: number, rows: number, commandLine: boolean): string {
	return TOO_SMALL_WORDS.message(`${columns}×${rows}`, `${MIN_COLUMNS}×${MIN_ROWS}`, commandLine);
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
	const commandLine = useCommandLine();
	return (
		<Box flexDirection='column' width={columns}>
			<Text wrap='wrap'>{tooSmallMessage(columns, rows, commandLine)}</Text>
			<Text wrap='wrap' bold={question !== undefined}>
				{question ? TOO_SMALL_WORDS.question(question) : TOO_SMALL_WORDS.quit}
			</Text>
		</Box>
	);
}
