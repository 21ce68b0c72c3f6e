import {Box, Text} from 'ink';
import {HELP} from '../keys.js';

/** Every key the dashboard knows, in one place. */
export function HelpOverlay({width}: {readonly width: number}) {
	return (
		<Box flexDirection='column' borderStyle='round' paddingX={1} width={Math.min(width, 78)}>
			<Text bold>Keys</Text>
			{HELP.map((hint) => (
				<Box key={hint.key}>
					<Box width={12} flexShrink={0}>
						<Text bold>{hint.key}</Text>
					</Box>
					<Text wrap='wrap'>{hint.label}</Text>
				</Box>
			))}
			<Text dimColor>Press ? or Esc to close.</Text>
		</Box>
	);
}
