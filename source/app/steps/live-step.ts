import type {ScenarioState, StepId} from '../../scenario/types.js';
import {finishedSteps} from './review-cursor.js';

/**
 * The step the detail panel follows when nothing is under review (also the presenter's view's "on
 * screen"). Apart from the panel so that it can be read without Ink.
 */
export function liveStep(state: ScenarioState): StepId | undefined {
	const {phase} = state;
	switch (phase.kind) {
		case 'running':
		case 'codeEntry':
		case 'failed':
			return phase.step;
		case 'ready':
			return finishedSteps(state).at(-1) ?? phase.next;
		case 'tearingDown':
		case 'finished':
			return 'teardown';
		default:
			return undefined;
	}
}
