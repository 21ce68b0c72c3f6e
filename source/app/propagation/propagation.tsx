import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Propagation as ScenarioPropagation} from '../../scenario/types.js';
import {
	attemptText,
	lastErrorText,
	propagationTitle,
	pendingText,
	settledDetail,
	settledText,
} from '../../words/propagation.js';
import {formatDuration} from '../shared/format.js';
import {useTheme} from '../shared/theme.js';
import {useNow} from '../shared/use-now.js';

export interface PropagationProps {
	readonly propagation: ScenarioPropagation;
	readonly width: number;
}

/** "███████░░░░" for a fraction between 0 and 1. */
function progressBar(fraction: number, width: number): string {
	const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
	return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** Elapsed against the deadline while IAM propagates; a leaf timer moves the bar. */
function DeadlineBar({propagation, width}: PropagationProps) {
	const now = useNow(500);
	const total = propagation.deadline - propagation.startedAt;
	const elapsed = Math.min(now, propagation.deadline) - propagation.startedAt;
	const label = ` ${formatDuration(elapsed)} / ${formatDuration(total)}`;
	return (
		<Text>
			{progressBar(elapsed / total, Math.max(5, width - label.length))}
			{label}
		</Text>
	);
}

/** Polling until the new key works and the policy is in force — with backoff, never a fixed sleep. */
export const Propagation = memo(function Propagation({propagation, width}: PropagationProps) {
	const theme = useTheme();
	const {settledAt, startedAt, deadline, attempts} = propagation;
	if (settledAt !== undefined) {
		// Done: what the wait took, not a bar of the time allowed (empty beside "in force", it looked stuck).
		return (
			<Box flexDirection='column' width={width}>
				<Text bold>{propagationTitle()}</Text>
				<Text color={theme.success}>{settledText(formatDuration(settledAt - startedAt))}</Text>
				<Text dimColor>{settledDetail(attempts, formatDuration(deadline - startedAt))}</Text>
			</Box>
		);
	}
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>{propagationTitle()}</Text>
			<DeadlineBar propagation={propagation} width={width} />
			<Text color={theme.warning}>
				{attemptText(attempts, pendingText(propagation.keyWorks, propagation.policyInForce))}
			</Text>
			{propagation.lastError ? (
				<Text dimColor wrap='truncate-end'>
					{lastErrorText(propagation.lastError)}
				</Text>
			) : null}
		</Box>
	);
});
