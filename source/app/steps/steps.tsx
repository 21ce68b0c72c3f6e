import {memo} from 'react';
import {Box, Text} from 'ink';
import {STEPS} from '../../scenario/steps.js';
import type {StepId, StepProgress, StepStatus} from '../../scenario/types.js';
import {formatMs} from '../shared/format.js';
import {useColor} from '../shared/theme.js';
import {Spinner} from './spinner.js';

export interface StepsProps {
	readonly steps: Readonly<Record<StepId, StepProgress>>;
	/** The step whose details are on screen (reviewed or live). */
	readonly focused?: StepId;
	readonly reviewing: boolean;
	readonly width: number;
}

const ICONS: Record<Exclude<StepStatus, 'running'>, string> = {pending: '·', done: '✓', failed: '✗', skipped: '–'};
const COLORS: Record<StepStatus, string | undefined> = {
	pending: 'gray',
	running: 'cyan',
	done: 'green',
	failed: 'red',
	skipped: 'yellow',
};

function StepIcon({status}: {readonly status: StepStatus}) {
	const color = useColor() ? COLORS[status] : undefined;
	if (status === 'running') return <Spinner color={color} />;
	return <Text color={color}>{ICONS[status]}</Text>;
}

function StepRow({index, title, progress, focused, width}: {
	readonly index: number;
	readonly title: string;
	readonly progress: StepProgress;
	readonly focused: boolean;
	readonly width: number;
}) {
	const color = useColor();
	const timing = progress.status === 'done' && progress.ms !== undefined ? formatMs(progress.ms) : '';
	return (
		<Box width={width} flexShrink={0}>
			<Box flexShrink={0} width={2}>
				<Text color={focused && color ? 'cyan' : undefined} bold={focused}>{focused ? '›' : ' '}</Text>
				<StepIcon status={progress.status} />
			</Box>
			<Box flexGrow={1} flexShrink={1} marginLeft={1}>
				<Text wrap="truncate-end" bold={focused} inverse={focused && color} dimColor={progress.status === 'pending'}>
					{index + 1}. {title}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text dimColor>{timing ? ` ${timing}` : ''}</Text>
			</Box>
		</Box>
	);
}

/** The demo's steps with their status; the one under review is highlighted. */
export const Steps = memo(function Steps({steps, focused, reviewing, width}: StepsProps) {
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{reviewing ? 'Steps — reviewing (Esc: live)' : 'Steps'}</Text>
			{STEPS.map((step, index) => (
				<StepRow
					key={step.id}
					index={index}
					title={step.title}
					progress={steps[step.id]}
					focused={step.id === focused}
					width={width}
				/>
			))}
		</Box>
	);
});
