import {NOTICE_REASONS} from '../../../words/failures.js';
import type {CallerIdentity} from '../../../aws/types.js';
import {clockSkewWarning} from '../../clock.js';
import {isRootArn, simulationSourceArn} from '../../policy.js';
import {scenarioOf} from '../../scenarios/index.js';
import {stay, type PhaseReducer, type Transition} from '../../transition.js';
import type {ScenarioState} from '../../types.js';
import {onStopRequested, startTeardown} from '../teardown.js';
import {onLeftoversFound, onLeftoversUnchecked, searchLeftovers} from './leftovers.js';

/*
 * preflight: who the caller is (GetCallerIdentity), on AWS whether it may do what the demo needs
 * (SimulatePrincipalPolicy), then on --aws/--endpoint what earlier runs left; then confirm or begin.
 */

/** The caller is known: on AWS, its permissions are simulated next; elsewhere, on to the leftovers. */
function onIdentityResolved(
	state: ScenarioState,
	identity: CallerIdentity,
	clockSkewMs: number | undefined,
	now: number,
): Transition {
	const skewed = clockSkewMs !== undefined && clockSkewWarning(clockSkewMs) !== undefined;
	const identified: ScenarioState = {
		...state,
		identity,
		preflight: {missingPermissions: [], isRoot: false, clockSkewMs},
		notice: skewed ? {kind: 'clockSkew', skewMs: clockSkewMs} : state.notice,
	};
	if (state.target.kind !== 'aws') return searchLeftovers(identified, now);
	if (isRootArn(identity.arn)) {
		const notice = {kind: 'rootCaller', clockSkewMs} as const;
		const preflight = {missingPermissions: [], isRoot: true, clockSkewMs};
		return searchLeftovers({...identified, preflight, notice}, now);
	}
	const policySourceArn = simulationSourceArn(identity.arn);
	if (!policySourceArn) {
		const notice = {kind: 'permissionsUnchecked', reason: NOTICE_REASONS.notSimulable} as const;
		return searchLeftovers({...identified, notice}, now);
	}
	return {
		state: identified,
		effects: [{type: 'checkPermissions', policySourceArn, actions: scenarioOf(state).operatorActions}],
	};
}

export const inPreflight: PhaseReducer<'preflight'> = (state, phase, event, now) => {
	switch (event.type) {
		case 'identityResolved':
			return onIdentityResolved(state, event.identity, event.clockSkewMs, now);
		case 'permissionsChecked': {
			const preflight = {...state.preflight, missingPermissions: event.missing, isRoot: false};
			const notice: ScenarioState['notice'] =
				event.missing.length > 0
					? {kind: 'missingPermissions', actions: event.missing, clockSkewMs: state.preflight?.clockSkewMs}
					: state.notice;
			return searchLeftovers({...state, preflight, notice}, now);
		}
		case 'permissionsUnchecked':
			return searchLeftovers({...state, notice: {kind: 'permissionsUnchecked', reason: event.reason}}, now);
		case 'leftoversFound':
			return phase.searchingLeftovers ? onLeftoversFound(state, event.items, now) : stay(state);
		case 'leftoversUnchecked':
			return phase.searchingLeftovers ? onLeftoversUnchecked(state, event.reason, now) : stay(state);
		case 'preflightFailed': {
			const failed = {...state, notice: {kind: 'preflightFailed', error: event.error}} as const;
			return startTeardown(failed, 'error', state.options.autoAdvance, now);
		}
		default:
			return onStopRequested(state, event, now) ?? stay(state);
	}
};
