import {scenarioOf} from '../../scenarios/index.js';
import {stay, type PhaseReducer} from '../../transition.js';
import {startTeardown} from '../teardown.js';

/* choosing: the first screen; Enter on a scenario starts its preflight, q leaves before anything happened. */
export const inChoosing: PhaseReducer<'choosing'> = (state, _phase, event, now) => {
	switch (event.type) {
		case 'scenarioChosen': {
			const names = {...state.names, policyName: scenarioOf({scenario: event.scenario}).userPolicy.name};
			return {
				state: {...state, scenario: event.scenario, names, phase: {kind: 'preflight'}},
				effects: [{type: 'resolveIdentity'}],
			};
		}
		case 'quitRequested':
			return startTeardown(state, 'quit', true, now);
		default:
			return stay(state);
	}
};
