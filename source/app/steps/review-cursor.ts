import {progressOf} from '../../scenario/progress.js';
import {stepsOf} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';

/** Steps that have something to show: they finished, one way or another. */
export function finishedSteps(state: Pick<ScenarioState, 'scenario' | 'steps'>): StepId[] {
	return stepsOf(state)
		.map((step) => step.id)
		.filter((id) => {
			const status = progressOf(state, id).status;
			return status === 'done' || status === 'failed' || status === 'skipped';
		});
}

/**
 * Moves the review cursor over finished steps. `undefined` is the live step (`live` on screen):
 * going back from it starts before the live step, going forward past the last finished step
 * returns to it.
 */
export function moveReview(
	current: StepId | undefined,
	finished: readonly StepId[],
	direction: -1 | 1,
	live?: StepId,
): StepId | undefined {
	if (finished.length === 0) return undefined;
	if (current === undefined) {
		if (direction === 1) return undefined;
		const liveIndex = live === undefined ? -1 : finished.indexOf(live);
		return liveIndex === -1 ? finished.at(-1) : finished[Math.max(0, liveIndex - 1)];
	}
	const index = finished.indexOf(current);
	if (index === -1) return direction === -1 ? finished.at(-1) : undefined;
	if (direction === -1) return finished[Math.max(0, index - 1)];
	return finished[index + 1];
}
