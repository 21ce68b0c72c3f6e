import {stay, type PhaseReducer} from '../../transition.js';
import {startStep} from '../steps.js';
import {onStopRequested} from '../teardown.js';

/* failed: a step failed; r runs it again, t and q tear down. */
export const inFailed: PhaseReducer<'failed'> = (state, phase, event, now) => {
	switch (event.type) {
		case 'retryRequested':
			return startStep(state, phase.step, now);
		default:
			return onStopRequested(state, event, now, 'failed') ?? stay(state);
	}
};
