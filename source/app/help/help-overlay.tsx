import {Box, Text} from 'ink';
import {KEY_WORDS} from '../../words/keys.js';

/** Every key the dashboard knows, in one place. Rows never shrink: a row too long shows whole or not at all. */
export function HelpOverlay({width}: {readonly width: number}) {
	return (
		<Box flexDirection='column' borderStyle='round' paddingX={1} width={Math.min(width, 78)} flexShrink={0}>
			<Text bold>{KEY_WORDS.helpTitle}</Text>
			{KEY_WORDS.help.map((hint) => (
				<Box key={hint.key} flexShrink={0}>
					<Box width={12} flexShrink={0}>
						<Text bold>{hint.key}</Text>
					</Box>
					<Text wrap='wrap'>{hint.label}</Text>
				</Box>
			))}
			<Text dimColor>{KEY_WORDS.helpClose}</Text>
		</Box>
	);
}
