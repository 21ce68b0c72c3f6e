import type {Phase} from '../scenario/types.js';
import {KEY_WORDS} from '../words/keys.js';

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
		if (action === 'quit' && phase.kind === 'finished') return KEY_WORDS.exit;
		if (action === 'help' && helpOpen) return KEY_WORDS.helpOpen;
		return KEY_WORDS.hints[action];
	});
}
