import {LIVE_PANEL_WORDS} from '../../words/live-panel.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';

/** Shown instead of the spinner while a step waits for the presenter, not for AWS. */
export const YOUR_TURN = {
	icon: '✎',
	get label(): string {
		return LIVE_PANEL_WORDS.yourTurn;
	},
};

/**
 * The step waiting for a code typed by hand; none while the built-in authenticator is filling it
 * in (--auto-mfa, or a fresh code awaited after `a`), since then nobody needs to act.
 */
export function stepAwaitingUser(state: ScenarioState): StepId | undefined {
	const {phase} = state;
	if (phase.kind !== 'codeEntry' || state.options.autoMfa || phase.entry.autoCodeReadyAt !== undefined)
		return undefined;
	return phase.step;
}
