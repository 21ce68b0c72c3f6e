import {memo} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../keys.js';
import {useColor} from '../shared/theme.js';

export interface StatusBarProps {
	readonly hints: readonly KeyHint[];
	readonly width: number;
}

/** The keys that work now, and nothing else. */
export const StatusBar = memo(function StatusBar({hints, width}: StatusBarProps) {
	const color = useColor();
	return (
		<Box width={width} flexWrap='wrap' columnGap={2}>
			{hints.map((hint) => (
				<Text key={hint.key}>
					<Text bold color={color ? 'cyan' : undefined} inverse={!color}>
						{hint.key}
					</Text>{' '}
					{hint.label}
				</Text>
			))}
		</Box>
	);
});
