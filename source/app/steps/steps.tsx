import {say} from '../../words/language.js';
import {PENDING} from '../../scenario/progress.js';
import {memo} from 'react';
import {Box, Text} from 'ink';
import type {StepDeclaration} from '../../scenario/declaration.js';
import type {StepId, StepProgress, StepStatus} from '../../scenario/types.js';
import stringWidth from 'string-width';
import {LIVE_PANEL_WORDS} from '../../words/live-panel.js';
import {fitText} from '../shared/fit-text.js';
import {formatMs} from '../shared/format.js';
import {useTheme} from '../shared/theme.js';
import type {ColourRole} from '../../theme/palettes.js';
import {Spinner} from './spinner.js';
import {YOUR_TURN} from './your-turn.js';

export interface StepsProps {
	/** The scenario's steps in order. */
	readonly declared: readonly StepDeclaration[];
	readonly steps: Readonly<Record<StepId, StepProgress>>;
	/** The step whose details are on screen (reviewed or live). */
	readonly focused?: StepId;
	readonly reviewing: boolean;
	/** The step waiting for the presenter to type a code: marked so nobody thinks AWS is slow. */
	readonly awaitingUser?: StepId;
	readonly width: number;
}

const ICONS: Record<Exclude<StepStatus, 'running'>, string> = {pending: '·', done: '✓', failed: '✗', skipped: '–'};
const COLORS: Record<StepStatus, ColourRole> = {
	pending: 'muted',
	running: 'accent',
	done: 'success',
	failed: 'danger',
	skipped: 'warning',
};

function StepIcon({status, awaitingUser}: {readonly status: StepStatus; readonly awaitingUser: boolean}) {
	const theme = useTheme();
	const color = theme.paint(COLORS[status]);
	if (awaitingUser)
		return (
			<Text color={theme.warning} bold>
				{YOUR_TURN.icon}
			</Text>
		);
	if (status === 'running') return <Spinner color={color} />;
	return <Text color={color}>{ICONS[status]}</Text>;
}

function StepRow({
	index,
	title,
	progress,
	focused,
	awaitingUser,
	width,
}: {
	readonly index: number;
	readonly title: string;
	readonly progress: StepProgress;
	readonly focused: boolean;
	readonly awaitingUser: boolean;
	readonly width: number;
}) {
	const theme = useTheme();
	const label = `${index + 1}. ${title}`;
	// Beside the mark (3 columns): the title whole, with its time when both fit; a long title (a
	// translation) keeps its words and gives up the time, which the AWS calls panel shows too.
	const room = width - 3 - (awaitingUser ? stringWidth(` ${YOUR_TURN.label} `) : 0);
	const ms = progress.status === 'done' && progress.ms !== undefined ? formatMs(progress.ms) : '';
	const timing = ms !== '' && stringWidth(`${label} ${ms}`) <= room ? ms : '';
	return (
		<Box width={width} flexShrink={0}>
			<Box flexShrink={0} width={2}>
				<Text color={focused ? theme.accent : undefined} bold={focused}>
					{focused ? '›' : ' '}
				</Text>
				<StepIcon status={progress.status} awaitingUser={awaitingUser} />
			</Box>
			<Box flexGrow={1} flexShrink={1} marginLeft={1}>
				<Text
					wrap='truncate-end'
					bold={focused}
					inverse={focused && theme.enabled}
					dimColor={progress.status === 'pending'}
				>
					{fitText(label, room)}
				</Text>
			</Box>
			<Box flexShrink={0}>
				{awaitingUser ? (
					<Text bold color={theme.warning} inverse={!theme.enabled}>
						{` ${YOUR_TURN.label} `}
					</Text>
				) : (
					<Text dimColor>{timing ? ` ${timing}` : ''}</Text>
				)}
			</Box>
		</Box>
	);
}

/** The demo's steps with their status; the one under review is highlighted. */
export const Steps = memo(function Steps({declared, steps, focused, reviewing, awaitingUser, width}: StepsProps) {
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>{reviewing ? LIVE_PANEL_WORDS.stepsReviewing : LIVE_PANEL_WORDS.steps}</Text>
			{declared.map((step, index) => (
				<StepRow
					key={step.id}
					index={index}
					title={say(step.title)}
					progress={steps[step.id] ?? PENDING}
					focused={step.id === focused}
					awaitingUser={step.id === awaitingUser}
					width={width}
				/>
			))}
		</Box>
	);
});
