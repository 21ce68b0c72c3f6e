import {say} from '../../words/language.js';
import {progressOf} from '../../scenario/progress.js';
import {Box, Text} from 'ink';
import {scenarioOf, stepsOf} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';
import {StepBody} from './step-body.js';
import {Paragraph, wrapWords} from '../shared/paragraph.js';

export interface StepDetailProps {
	readonly step: StepId;
	readonly state: ScenarioState;
	readonly reviewing: boolean;
	readonly width: number;
	readonly rows: number;
}

/** A step's title, why it matters, what it did, and its error if it failed. */
export function StepDetail({step, state, reviewing, width, rows}: StepDetailProps) {
	const theme = useTheme();
	const steps = stepsOf(state);
	const index = steps.findIndex((entry) => entry.id === step);
	const info = steps[index];
	const progress = progressOf(state, step);
	// Once the run is over the summary matters more than why the last step exists; once the
	// denied step's result says why it was denied, that says it with the facts.
	const explained = step === scenarioOf(state).deniedStep && state.results.withoutMfa?.explanation !== undefined;
	const explain = (reviewing || state.phase.kind !== 'finished') && !explained;
	const explanationRows = explain ? wrapWords(info ? say(info.explanation) : '', width).length : 0;
	return (
		<Box flexDirection='column' width={width}>
			<Text bold color={theme.accent} wrap='truncate-end'>
				{reviewing ? 'Reviewing ' : ''}
				{index + 1}. {info ? say(info.title) : ''}
			</Text>
			{explain ? <Paragraph dimColor text={info ? say(info.explanation) : ''} width={width} /> : null}
			{progress.error ? (
				<Paragraph
					color={theme.danger}
					text={`✗ ${progress.error.message}${progress.error.awsCode ? ` [${progress.error.awsCode}]` : ''}`}
					width={width}
				/>
			) : null}
			<StepBody step={step} state={state} width={width} rows={rows - 1 - explanationRows} />
		</Box>
	);
}
