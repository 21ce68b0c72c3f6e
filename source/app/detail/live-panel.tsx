import {say} from '../../words/language.js';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {LIVE_PANEL_WORDS as WORDS} from '../../words/live-panel.js';
import {stepDeclaration} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';
import {CodeInput} from '../code-input/code-input.js';
import {LeftoverOffer} from '../leftovers/leftover-offer.js';
import {useTheme} from '../shared/theme.js';
import {Spinner} from '../steps/spinner.js';
import {liveStep} from '../steps/live-step.js';
import {Confirm} from './confirm.js';
import {visibleNotice} from './notice.js';
import {StepDetail} from './step-detail.js';
import {Paragraph} from '../shared/paragraph.js';
import {NOTICE_MARKS} from '../../words/theme.js';

export interface LivePanelProps {
	readonly state: ScenarioState;
	/** The step under review, when the user moved the cursor back. */
	readonly reviewing?: StepId;
	readonly codeInputActive: boolean;
	readonly onCodeSubmit: (code: string) => void;
	readonly width: number;
	readonly rows: number;
}

export {liveStep};

/** What preflight is waiting for. Before the caller is known the target itself may still be starting (the dashboard is drawn first). */
function preflightActivity(state: ScenarioState, searchingLeftovers: boolean): string {
	if (searchingLeftovers) return WORDS.lookingForLeftovers;
	if (state.identity) return WORDS.checkingPermissions;
	if (state.target.kind === 'sandbox') return WORDS.startingSandbox;
	return state.target.kind === 'aws' ? WORDS.connectingToAws : WORDS.connectingToEndpoint;
}

function titleOf(state: ScenarioState, step: StepId): string {
	const declared = stepDeclaration(state, step);
	return declared ? say(declared.title) : step;
}

/** "Next ▸ TITLE — press Enter"; without "— press Enter" (the status bar says it too) when that does not fit. */
function nextLine(title: string, width: number): string {
	const next = WORDS.next(title);
	const whole = `${next}${WORDS.pressEnter}`;
	return stringWidth(whole) <= width ? whole : next;
}

function PhaseLine({state, width}: {readonly state: ScenarioState; readonly width: number}) {
	const theme = useTheme();
	const {phase} = state;
	if (phase.kind === 'ready' && liveStep(state) !== phase.next) {
		return (
			<Text bold color={theme.accent} wrap='wrap'>
				{nextLine(titleOf(state, phase.next), width)}
			</Text>
		);
	}
	if (phase.kind === 'ready')
		return (
			<Text bold color={theme.accent}>
				{WORDS.pressEnterToStart}
			</Text>
		);
	if (phase.kind === 'running')
		return (
			<Text>
				<Spinner /> {WORDS.working}
			</Text>
		);
	if (phase.kind === 'failed')
		return (
			<Text color={theme.danger} wrap='wrap'>
				{WORDS.failedKeys}
			</Text>
		);
	if (phase.kind === 'tearingDown')
		return (
			<Text>
				<Spinner /> {WORDS.tearingDown}
			</Text>
		);
	return null;
}

/** The right-hand panel: what the live step is doing, or what a reviewed step did. */
export function LivePanel({state, reviewing, codeInputActive, onCodeSubmit, width, rows}: LivePanelProps) {
	const theme = useTheme();
	const {phase} = state;
	const step = reviewing ?? liveStep(state);
	const notice = visibleNotice(state, step, reviewing !== undefined);
	const noticeColor = notice?.level === 'error' ? 'danger' : notice?.level === 'warn' ? 'warning' : undefined;
	// An error that ended the run is why the screen looks as it does: it comes first, above the teardown.
	const causeFirst = notice?.level === 'error' && (phase.kind === 'finished' || phase.kind === 'tearingDown');
	const noticeText = notice ? (
		<Paragraph color={theme.paint(noticeColor)} text={`${NOTICE_MARKS[notice.level]}${notice.text}`} width={width} />
	) : null;
	return (
		<Box flexDirection='column' width={width}>
			{phase.kind === 'preflight' ? (
				<Text>
					<Spinner /> {preflightActivity(state, phase.searchingLeftovers === true)}
				</Text>
			) : null}
			{phase.kind === 'leftovers' ? <LeftoverOffer phase={phase} width={width} rows={rows} /> : null}
			{phase.kind === 'confirm' ? <Confirm state={state} width={width} /> : null}
			{causeFirst ? noticeText : null}
			{step ? (
				<StepDetail step={step} state={state} reviewing={reviewing !== undefined} width={width} rows={rows - 3} />
			) : null}
			{/* Read top to bottom: title, explanation, outcome; a notice is part of the outcome. */}
			{causeFirst ? null : noticeText}
			{phase.kind === 'codeEntry' && reviewing === undefined ? (
				<CodeInput entry={phase.entry} isActive={codeInputActive} onSubmit={onCodeSubmit} width={width} />
			) : null}
			{reviewing === undefined ? <PhaseLine state={state} width={width} /> : null}
		</Box>
	);
}
