import {useCallback, useEffect, useMemo, useState} from 'react';
import {Box, useApp} from 'ink';
import type {ScenarioController, StepId, UiEvent} from '../scenario/types.js';
import {type CodeDraft, CodeDraftContext} from './code-input/code-draft.js';
import {liveStep} from './detail/live-panel.js';
import {availableActions, type KeyAction, keyHints, type LeaveRequest} from './keys.js';
import {KEY_WORDS} from '../words/keys.js';
import {planTeardown} from '../scenario/teardown-plan.js';
import {dashboardLayout} from './layout.js';
import {Screen} from './screen.js';
import {CommandLineContext} from './shared/command-line.js';
import {ThemeContext, themeOf} from './shared/theme.js';
import type {ThemeName} from '../theme/palettes.js';
import {type ScreenSecrets, ScreenSecretsContext} from './shared/screen-secrets.js';
import {useScenarioState} from './shared/use-scenario-state.js';
import {useTerminalSize} from './shared/use-terminal-size.js';
import {finishedSteps, moveReview} from './steps/review-cursor.js';
import {useReviewKeys} from './steps/use-review-keys.js';
import {TooSmall} from './too-small/too-small.js';
import {useAppKeys} from './use-app-keys.js';
import {stepsOf} from '../scenario/scenarios/index.js';
import {createdKinds} from '../scenario/teardown-plan.js';
import {usePickerKeys} from './picker/use-picker-keys.js';
import {useKeysInOrder} from './shared/use-keys-in-order.js';

export interface AppProps {
	readonly controller: ScenarioController;
	/** Fixed dimensions (tests); otherwise the terminal's, following resizes. */
	readonly columns?: number;
	readonly rows?: number;
	/** False under NO_COLOR: no colour escape is emitted and the QR code uses plain glyphs. */
	readonly color?: boolean;
	/** Ctrl-C was pressed: the command counts the run as interrupted (exit 130). */
	readonly onInterrupt?: () => void;
	/** Without colour, draw the QR code for a light background at first (--light-background). */
	readonly lightBackground?: boolean;
	/** The colour theme (--theme, STS_MFA_THEME, or the terminal's background). */
	readonly theme?: ThemeName;
	/** Told which lines are secret as they are drawn (a recording leaves them out). */
	readonly screenSecrets?: ScreenSecrets;
	/** False when the person cannot pass flags (an attendee of serve --ssh): no screen offers one. */
	readonly commandLine?: boolean;
}

/** The root: owns exit(), the terminal size and the view-only state (help, review cursor, seed). */
export function App(props: AppProps) {
	return (
		<ScreenSecretsContext.Provider value={props.screenSecrets}>
			<CommandLineContext.Provider value={props.commandLine ?? true}>
				<Dashboard {...props} />
			</CommandLineContext.Provider>
		</ScreenSecretsContext.Provider>
	);
}

function Dashboard({controller, columns, rows, color = true, onInterrupt, lightBackground = false, theme}: AppProps) {
	const state = useScenarioState(controller);
	const size = useTerminalSize({columns, rows});
	const {exit} = useApp();
	const [helpOpen, setHelpOpen] = useState(false);
	const [reviewing, setReviewing] = useState<StepId | undefined>();
	const [seedRevealed, setSeedRevealed] = useState(false);
	const [qrForLight, setQrForLight] = useState(lightBackground);
	const [leaveAsked, setLeaveAsked] = useState<LeaveRequest | undefined>();
	const codeDraft = useMemo<CodeDraft>(() => ({digits: ''}), []);
	const declared = stepsOf(state);
	const panels = {steps: declared.length, resources: createdKinds(state).length};
	const layout = dashboardLayout(size.columns, size.rows, panels);
	const phase = state.phase;

	useEffect(() => {
		// The app ends only once the scenario says so: teardown has finished whatever ended the run.
		if (phase.kind === 'exiting') exit();
	}, [phase.kind, exit]);

	const finished = useMemo(() => finishedSteps(state), [state]);
	const seedShown =
		phase.kind === 'codeEntry' && phase.entry.purpose === 'enable' && state.resources.mfaDevice !== undefined;
	const context = {
		helpOpen,
		reviewing: reviewing !== undefined,
		canReview: finished.length > 0,
		seedShown: seedShown && !reviewing,
		qrUncoloured: !color,
	};
	// The question lasts only while its key still means the same: a run that moves on to its own teardown drops it.
	const leaving =
		leaveAsked && availableActions(phase, context).has(leaveAsked === 'quit' ? 'quit' : 'teardown')
			? leaveAsked
			: undefined;
	const tooSmallActions = new Set<KeyAction>(leaving ? ['confirmLeave', 'cancelLeave'] : ['quit']);
	const actions = layout.tooSmall ? tooSmallActions : availableActions(phase, {...context, leaving});
	const dispatch = useCallback(
		(event: UiEvent) => {
			controller.dispatch(event);
		},
		[controller],
	);

	const highlighted = usePickerKeys(
		state.scenario,
		(scenario) => dispatch({type: 'scenarioChosen', scenario}),
		actions.has('choose'),
	);
	useAppKeys(actions, {
		dispatch,
		toggleHelp: () => setHelpOpen((open) => !open),
		closeHelp: () => setHelpOpen(false),
		backToLive: () => setReviewing(undefined),
		onInterrupt,
		codeDraft,
		// Before teardown (where t works) and with something to delete; afterwards q just exits.
		leaveNeedsConfirmation: availableActions(phase, context).has('teardown') && planTeardown(state).length > 0,
		askLeave: setLeaveAsked,
		leaving,
	});
	useReviewKeys(
		{
			onMove: (direction) => setReviewing((current) => moveReview(current, finished, direction, liveStep(state))),
			onLive: () => setReviewing(undefined),
		},
		actions.has('review') || actions.has('live'),
	);
	// Last: each key waits for the screen the previous one left (see use-keys-in-order.ts).
	useKeysInOrder();

	return (
		<ThemeContext.Provider value={themeOf(color, theme)}>
			<CodeDraftContext.Provider value={codeDraft}>
				{layout.tooSmall ? (
					<TooSmall
						columns={size.columns}
						rows={size.rows}
						question={leaving ? KEY_WORDS.leaveQuestions[leaving] : undefined}
					/>
				) : (
					<Box width={layout.columns} height={layout.frameRows} flexDirection='column' overflow='hidden'>
						<Screen
							state={state}
							layout={layout}
							helpOpen={helpOpen}
							reviewing={reviewing}
							seedRevealed={seedRevealed}
							onToggleSeed={() => setSeedRevealed((revealed) => !revealed)}
							seedKeysActive={actions.has('seed')}
							qrForLight={qrForLight}
							onInvertQr={actions.has('invertQr') ? () => setQrForLight((light) => !light) : undefined}
							codeInputActive={actions.has('code')}
							hints={keyHints(actions, phase, helpOpen)}
							question={leaving ? KEY_WORDS.leaveQuestions[leaving] : undefined}
							onCodeSubmit={(code) => dispatch({type: 'codeSubmitted', code})}
							highlighted={highlighted}
						/>
					</Box>
				)}
			</CodeDraftContext.Provider>
		</ThemeContext.Provider>
	);
}
