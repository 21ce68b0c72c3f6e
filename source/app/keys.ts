import type {Phase} from '../scenario/types.js';

/** What a key does, as the status bar and the help overlay show it. */
export interface KeyHint {
	readonly key: string;
	readonly label: string;
}

export type KeyAction =
	| 'choose'
	| 'next'
	| 'confirm'
	| 'decline'
	| 'deleteLeftovers'
	| 'keepLeftovers'
	| 'retry'
	| 'teardown'
	| 'quit'
	| 'abandon'
	| 'autoCodes'
	| 'review'
	| 'live'
	| 'seed'
	| 'help'
	| 'code'
	| 'invertQr'
	| 'confirmLeave'
	| 'cancelLeave';

/** `t` or `q` pressed while something exists: asked once before it happens. */
export type LeaveRequest = 'teardown' | 'quit';

/** What the view knows beyond the phase: the overlay, the review cursor, the QR screen. */
export interface KeyContext {
	readonly helpOpen: boolean;
	readonly reviewing: boolean;
	readonly canReview: boolean;
	readonly seedShown: boolean;
	/** The QR code is drawn in the terminal's own colours (NO_COLOR), so its polarity may need flipping. */
	readonly qrUncoloured?: boolean;
	/** A `t` or `q` waiting for y/n. */
	readonly leaving?: LeaveRequest;
}

/**
 * The actions that work now. The status bar lists them and the key hook obeys them, so the bar
 * never offers a key that does nothing.
 */
export function availableActions(phase: Phase, context: KeyContext): ReadonlySet<KeyAction> {
	if (phase.kind === 'exiting') return new Set();
	if (context.helpOpen) return new Set<KeyAction>(['help', 'quit']);
	if (context.leaving) return new Set<KeyAction>(['confirmLeave', 'cancelLeave']);
	// During teardown, q and Ctrl-C no longer mean "tear down first": they leave the rest behind.
	const leave: KeyAction = phase.kind === 'tearingDown' ? 'abandon' : 'quit';
	const actions = new Set<KeyAction>(['help', leave, ...phaseActions(phase)]);
	const reviewable =
		phase.kind !== 'choosing' &&
		phase.kind !== 'codeEntry' &&
		phase.kind !== 'confirm' &&
		phase.kind !== 'preflight' &&
		phase.kind !== 'leftovers';
	if (reviewable && context.canReview) actions.add('review');
	if (context.reviewing) actions.add('live');
	if (context.seedShown) actions.add('seed');
	if (context.seedShown && context.qrUncoloured) actions.add('invertQr');
	return actions;
}

function phaseActions(phase: Phase): KeyAction[] {
	switch (phase.kind) {
		case 'choosing':
			return ['choose'];
		case 'preflight':
			return [];
		case 'leftovers':
			return phase.deleting ? [] : ['deleteLeftovers', 'keepLeftovers'];
		case 'confirm':
			return ['confirm', 'decline'];
		case 'ready':
			return ['next', 'teardown'];
		case 'running':
			return ['teardown'];
		case 'codeEntry':
			return ['code', 'autoCodes', 'teardown'];
		case 'failed':
			return ['retry', 'teardown'];
		case 'tearingDown':
		case 'finished':
		case 'exiting':
			return [];
		default: {
			const unknown: never = phase;
			return unknown;
		}
	}
}

const HINTS: Record<KeyAction, KeyHint> = {
	choose: {key: '↑↓ Enter', label: 'choose a scenario'},
	code: {key: '0-9 Enter', label: 'type code'},
	confirm: {key: 'Enter/y', label: 'create'},
	decline: {key: 'n', label: 'cancel'},
	deleteLeftovers: {key: 'y', label: 'delete them'},
	keepLeftovers: {key: 'n', label: 'keep them'},
	next: {key: 'Enter', label: 'next step'},
	autoCodes: {key: 'a', label: 'auto code'},
	retry: {key: 'r', label: 'retry'},
	review: {key: '←→', label: 'review'},
	live: {key: 'Esc', label: 'live'},
	seed: {key: 's', label: 'seed'},
	invertQr: {key: 'i', label: 'invert QR'},
	teardown: {key: 't', label: 'tear down'},
	quit: {key: 'q', label: 'quit'},
	abandon: {key: 'q', label: 'leave now (rest left behind)'},
	help: {key: '?', label: 'help'},
	confirmLeave: {key: 'y', label: 'yes'},
	cancelLeave: {key: 'n/Esc', label: 'no, carry on'},
};

/** The question the status bar asks before `t` or `q` deletes what the run created. */
export const LEAVE_QUESTIONS: Record<LeaveRequest, string> = {
	teardown: 'Tear everything down now?',
	quit: 'Quit? Everything created is torn down first.',
};

const ORDER: readonly KeyAction[] = [
	'confirmLeave',
	'cancelLeave',
	'choose',
	'code',
	'deleteLeftovers',
	'keepLeftovers',
	'confirm',
	'decline',
	'next',
	'autoCodes',
	'retry',
	'review',
	'live',
	'seed',
	'invertQr',
	'teardown',
	'quit',
	'abandon',
	'help',
];

/** The hints for the status bar, most useful first. */
export function keyHints(actions: ReadonlySet<KeyAction>, phase: Phase, helpOpen: boolean): KeyHint[] {
	return ORDER.filter((action) => actions.has(action)).map((action) => {
		if (action === 'quit' && phase.kind === 'finished') return {key: 'q', label: 'exit'};
		if (action === 'help' && helpOpen) return {key: '?/Esc', label: 'close help'};
		return HINTS[action];
	});
}

/** Every key, for the help overlay. */
export const HELP: readonly KeyHint[] = [
	{key: 'Enter', label: 'run the next step (or submit the code being typed)'},
	{key: 'y / n', label: 'confirm / cancel before anything is created; delete / keep what earlier runs left'},
	{key: '0-9', label: 'type an MFA code (6 digits) from your authenticator app'},
	{key: 'a', label: 'fill the code(s) from the built-in authenticator (no phone needed)'},
	{key: 's', label: 'reveal / hide the MFA seed beside the QR code'},
	{key: 'i', label: 'without colour (NO_COLOR): redraw the QR code for a light / dark background'},
	{key: '← → ↑ ↓', label: 'review what a finished step did'},
	{key: 'Esc', label: 'back to the live step (or close this help)'},
	{key: 'r', label: 'retry the step that failed'},
	{key: 't', label: 'tear everything down now (asks y/n once something exists)'},
	{key: 'q', label: 'quit — tears everything down first (asks y/n once something exists)'},
	{key: 'Ctrl-C', label: 'quit at once — tears everything down first'},
	{key: 'q / Ctrl-C', label: 'during teardown: leave at once; `sts-mfa cleanup` removes the rest later'},
	{key: '?', label: 'show / hide this help'},
];
