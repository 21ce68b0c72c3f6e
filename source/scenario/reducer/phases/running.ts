import {onAttackEvent} from '../../attack/update-attack.js';
import {stepDeclaration} from '../../scenarios/index.js';
import {stay, type PhaseReducer} from '../../transition.js';
import {onCodesRejected} from '../codes.js';
import {onCreated} from '../created.js';
import {onPropagationChecked, onUserPolicyPut, putsPolicy} from '../propagation.js';
import {onProof} from '../proof.js';
import {failStep} from '../steps.js';
import {onStopRequested} from '../teardown.js';

/*
 * running: one step's AWS call is in flight; its answer ends the step (or, for the policy, one
 * propagation check leads to the next). An answer that belongs to another step is ignored.
 */
export const inRunning: PhaseReducer<'running'> = (state, {step}, event, now) => {
	const answered = onCreated(state, step, event, now) ?? onProof(state, step, event, now);
	if (answered) return answered;
	switch (event.type) {
		case 'mfaCodesRejected':
			return stepDeclaration(state, step)?.action.kind === 'codes'
				? onCodesRejected(state, step, event.refusal, event.error, now)
				: stay(state);
		case 'userPolicyPut':
			return putsPolicy(state, step) ? onUserPolicyPut(state, step, now) : stay(state);
		case 'propagationChecked':
			return putsPolicy(state, step) ? onPropagationChecked(state, step, event, now) : stay(state);
		case 'attackCreated':
		case 'attackAnswered':
		case 'eventsFound':
			return onAttackEvent(state, step, event, now);
		case 'stepFailed':
			return event.step === step ? failStep(state, step, event.error, now) : stay(state);
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
};
