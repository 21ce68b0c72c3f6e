import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Propagation as ScenarioPropagation} from '../../scenario/types.js';
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

function pendingParts(propagation: ScenarioPropagation): string {
	const pending = [propagation.keyWorks ? undefined : 'key', propagation.policyInForce ? undefined : 'policy'].filter(
		Boolean,
	);
	return pending.length === 0 ? 'key and policy in force' : `waiting for: ${pending.join(' / ')}`;
}

/** Elapsed against the deadline; a leaf timer moves the bar while IAM propagates. */
function DeadlineBar({propagation, width}: PropagationProps) {
	const done = propagation.keyWorks && propagation.policyInForce;
	const now = useNow(500, !done);
	const total = propagation.deadline - propagation.startedAt;
	const elapsed = Math.min(now, propagation.deadline) - propagation.startedAt;
	const label = ` ${formatDuration(elapsed)} / ${formatDuration(total)}`;
	return (
		<Text>
			{/* The time used of the time allowed, done or not: a full bar at 0:01 / 2:00 would say the wait ran out. */}
			{progressBar(elapsed / total, Math.max(5, width - label.length))}
			{label}
		</Text>
	);
}

/** Polling until the new key works and the policy is in force — with backoff, never a fixed sleep. */
export const Propagation = memo(function Propagation({propagation, width}: PropagationProps) {
	const theme = useTheme();
	const done = propagation.keyWorks && propagation.policyInForce;
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>IAM propagation</Text>
			<DeadlineBar propagation={propagation} width={width} />
			<Text color={done ? theme.success : theme.warning}>
				{done ? '✓ ' : ''}attempt {propagation.attempts} · {pendingParts(propagation)}
			</Text>
			{propagation.lastError && !done ? (
				<Text dimColor wrap='truncate-end'>
					last: {propagation.lastError}
				</Text>
			) : null}
		</Box>
	);
});
