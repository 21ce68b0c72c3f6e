import {stay, type PhaseReducer} from '../../transition.js';
import {abandonTeardown, onTeardownItemFinished} from '../teardown.js';

/* tearingDown: one deletion at a time in IAM's order; only the user may abandon it. */
export const inTearingDown: PhaseReducer<'tearingDown'> = (state, {exitAfter}, event, now) => {
	switch (event.type) {
		case 'teardownItemFinished':
			return onTeardownItemFinished(state, exitAfter, event.kind, event.id, event.error, now);
		case 'teardownAbandoned':
			return abandonTeardown(state, now);
		case 'quitRequested': {
			// A hang-up or SIGTERM while tearing down: finish, then exit (only the user may abandon it).
			const notice =
				event.deadlineSeconds === undefined
					? {kind: 'stillTearingDown' as const}
					: {kind: 'teardownDeadline' as const, seconds: event.deadlineSeconds};
			return stay({...state, phase: {kind: 'tearingDown', exitAfter: true}, notice});
		}
		default:
			return stay(state);
	}
};
