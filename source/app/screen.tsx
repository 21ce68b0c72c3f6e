import {Box} from 'ink';
import type {ScenarioState, StepId} from '../scenario/types.js';
import {LivePanel, liveStep} from './detail/live-panel.js';
import {Header} from './header/header.js';
import {HelpOverlay} from './help/help-overlay.js';
import type {KeyHint} from './keys.js';
import {qrFit, type DashboardLayout} from './layout.js';
import {qrMatrix} from '../qr/qr-matrix.js';
import {localeShowsQr} from './shared/locale.js';
import {QrScreen} from './qr/qr-screen.js';
import {useSeedKeys} from './qr/use-seed-keys.js';
import {Resources} from './resources/resources.js';
import {StatusBar} from './status-bar/status-bar.js';
import {Steps} from './steps/steps.js';
import {Picker} from './picker/picker.js';
import type {ScenarioName} from '../scenario/declaration.js';
import {stepsOf} from '../scenario/scenarios/index.js';
import {createdKinds} from '../scenario/teardown-plan.js';
import {stepAwaitingUser} from './steps/your-turn.js';
import {Trace} from './trace/trace.js';

export interface ScreenProps {
	readonly state: ScenarioState;
	readonly layout: DashboardLayout;
	readonly helpOpen: boolean;
	readonly reviewing?: StepId;
	readonly seedRevealed: boolean;
	readonly onToggleSeed: () => void;
	readonly seedKeysActive: boolean;
	/** Without colour: the QR code is drawn for a light background (else a dark one). */
	readonly qrForLight: boolean;
	/** `i`: redraw the QR code for the other background (only offered without colour). */
	readonly onInvertQr?: () => void;
	readonly codeInputActive: boolean;
	readonly hints: readonly KeyHint[];
	/** The y/n question the status bar asks, if any. */
	readonly question?: string;
	readonly onCodeSubmit: (code: string) => void;
	/** The scenario the first screen's picker highlights. */
	readonly highlighted: ScenarioName;
}

/** Picks what fills the frame: the help, the QR code screen, or the dashboard. */
export function Screen(props: ScreenProps) {
	const {state, layout, helpOpen, reviewing, hints} = props;
	useSeedKeys(props.onToggleSeed, props.seedKeysActive, props.onInvertQr);
	const header = <Header target={state.target} identity={state.identity} width={layout.columns} />;
	const statusBar = <StatusBar hints={hints} width={layout.columns} question={props.question} />;
	const {phase} = state;
	const device = state.resources.mfaDevice;
	if (
		!helpOpen &&
		reviewing === undefined &&
		phase.kind === 'codeEntry' &&
		phase.entry.purpose === 'enable' &&
		device
	) {
		const qrSize = qrMatrix(device.otpauthUri.reveal()).length;
		const utf8 = localeShowsQr();
		const fit = utf8 ? qrFit(layout, Math.ceil(qrSize / 2), qrSize) : 'none';
		const sideWidth = fit === 'none' ? layout.columns : layout.columns - qrSize - 1;
		const qrScreen = (compact: boolean) => (
			<QrScreen
				device={device}
				entry={phase.entry}
				seedRevealed={props.seedRevealed}
				qrForLight={props.qrForLight}
				codeInputActive={props.codeInputActive}
				onCodeSubmit={props.onCodeSubmit}
				sideWidth={sideWidth}
				showQr={fit !== 'none'}
				qrMissing={utf8 ? 'tooSmall' : 'locale'}
				top={compact ? <Header target={state.target} identity={state.identity} width={sideWidth} stacked /> : undefined}
				bottom={compact ? <StatusBar hints={hints} width={sideWidth} question={props.question} /> : undefined}
			/>
		);
		if (fit === 'compact') return qrScreen(true);
		return (
			<>
				{header}
				<Box height={layout.bodyRows} overflow='hidden' flexDirection='column'>
					{qrScreen(false)}
					<Box marginTop={1}>
						<Trace trace={state.trace} rows={layout.bodyRows - Math.ceil(qrSize / 2) - 1} width={layout.columns} />
					</Box>
				</Box>
				{statusBar}
			</>
		);
	}
	return (
		<>
			{header}
			<Box height={layout.bodyRows} flexDirection='column' overflow='hidden'>
				{helpOpen ? (
					<HelpOverlay width={layout.columns} />
				) : phase.kind === 'choosing' ? (
					<Picker highlighted={props.highlighted} width={layout.columns} />
				) : (
					<Body {...props} />
				)}
			</Box>
			{statusBar}
		</>
	);
}

function Body({state, layout, reviewing, codeInputActive, onCodeSubmit}: ScreenProps) {
	const focused = reviewing ?? liveStep(state);
	const awaitingUser = stepAwaitingUser(state);
	return (
		<>
			<Box height={layout.topRows} overflow='hidden' alignItems='flex-start'>
				<Box flexDirection='column' width={layout.leftWidth} flexShrink={0}>
					<Steps
						declared={stepsOf(state)}
						steps={state.steps}
						focused={focused}
						reviewing={reviewing !== undefined}
						awaitingUser={awaitingUser}
						width={layout.leftWidth}
					/>
					<Box marginTop={layout.policyLines > 0 ? 1 : 0}>
						<Resources
							resources={state.resources}
							teardown={state.teardown}
							width={layout.leftWidth}
							policyLines={layout.policyLines}
							kinds={createdKinds(state)}
						/>
					</Box>
				</Box>
				<Box marginLeft={1} width={layout.rightWidth} height={layout.topRows} overflow='hidden' alignItems='flex-start'>
					<LivePanel
						state={state}
						reviewing={reviewing}
						codeInputActive={codeInputActive}
						onCodeSubmit={onCodeSubmit}
						width={layout.rightWidth}
						rows={layout.topRows}
					/>
				</Box>
			</Box>
			<Trace trace={state.trace} rows={layout.traceRows} width={layout.columns} />
		</>
	);
}
