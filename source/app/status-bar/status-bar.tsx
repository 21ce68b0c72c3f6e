import {memo} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../keys.js';
import {useTheme} from '../shared/theme.js';

export interface StatusBarProps {
	readonly hints: readonly KeyHint[];
	readonly width: number;
}

/** The keys that work now, and nothing else. */
export const StatusBar = memo(function StatusBar({hints, width}: StatusBarProps) {
	const theme = useTheme();
	return (
		<Box width={width} flexWrap='wrap' columnGap={2}>
			{hints.map((hint) => (
				<Text key={hint.key}>
					<Text bold color={theme.accent} inverse={!theme.enabled}>
						{hint.key}
					</Text>{' '}
					{hint.label}
				</Text>
			))}
		</Box>
	);
});
