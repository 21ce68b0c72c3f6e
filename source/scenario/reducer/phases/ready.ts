import {stay, type PhaseReducer} from '../../transition.js';
import {startStep} from '../steps.js';
import {onStopRequested} from '../teardown.js';

/* ready: the next step waits for Enter (the dashboard; unattended runs never stop here). */
export const inReady: PhaseReducer<'ready'> = (state, phase, event, now) => {
	switch (event.type) {
		case 'nextRequested':
			return startStep(state, phase.next, now);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
};
