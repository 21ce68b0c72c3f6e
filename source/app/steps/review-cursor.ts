import {STEPS} from '../../scenario/steps.js';
import type {StepId, StepProgress} from '../../scenario/types.js';

/** Steps that have something to show: they finished, one way or another. */
export function finishedSteps(steps: Readonly<Record<StepId, StepProgress>>): StepId[] {
	return STEPS.map((step) => step.id).filter((id) => {
		const status = steps[id].status;
		return status === 'done' || status === 'failed' || status === 'skipped';
	});
}

/**
 * Moves the review cursor over finished steps. `undefined` is the live step: going back from it
 * starts at the latest finished step, going forward past the last finished step returns to it.
 */
export function moveReview(current: StepId | undefined, finished: readonly StepId[], direction: -1 | 1): StepId | undefined {
	if (finished.length === 0) return undefined;
	if (current === undefined) return direction === -1 ? finished.at(-1) : undefined;
	const index = finished.indexOf(current);
	if (index === -1) return direction === -1 ? finished.at(-1) : undefined;
	if (direction === -1) return finished[Math.max(0, index - 1)];
	return finished[index + 1];
}
