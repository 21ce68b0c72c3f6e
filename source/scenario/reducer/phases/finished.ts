import {exitCode} from '../../outcome.js';
import {stay, type PhaseReducer} from '../../transition.js';

/* finished: teardown ran and the summary is on screen; q exits with the run's status. */
export const inFinished: PhaseReducer<'finished'> = (state, _phase, event) =>
	event.type === 'quitRequested' ? stay({...state, phase: {kind: 'exiting', exitCode: exitCode(state)}}) : stay(state);

/* exiting: the run is over; nothing moves it any more. */
export const inExiting: PhaseReducer<'exiting'> = (state) => stay(state);
