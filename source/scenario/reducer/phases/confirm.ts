import {stay, type PhaseReducer} from '../../transition.js';
import {begin} from '../steps.js';
import {onStopRequested, startTeardown} from '../teardown.js';

/* confirm: on --aws/--endpoint without --yes, nothing is created until the user agrees. */
export const inConfirm: PhaseReducer<'confirm'> = (state, _phase, event, now) => {
	switch (event.type) {
		case 'confirmed':
			return begin(state, now);
		case 'declined':
			return startTeardown({...state, notice: {kind: 'nothingCreated'}}, 'requested', true, now);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
};
