import {memo} from 'react';
import {Box, Text} from 'ink';
import type {KeyHint} from '../keys.js';
import {useTheme} from '../shared/theme.js';

export interface StatusBarProps {
	readonly hints: readonly KeyHint[];
	readonly width: number;
	/** A y/n question the keys answer (before `t` or `q` deletes what the run created). */
	readonly question?: string;
}

/** The keys that work now, and nothing else. */
export const StatusBar = memo(function StatusBar({hints, width, question}: StatusBarProps) {
	const theme = useTheme();
	return (
		<Box width={width} flexWrap='wrap' columnGap={2}>
			{question ? (
				<Text bold color={theme.warning}>
					{question}
				</Text>
			) : null}
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
