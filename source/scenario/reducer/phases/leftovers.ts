import {NOTICE_REASONS} from '../../../words/failures.js';
import {stay, type PhaseReducer, type PhaseOf, type Transition} from '../../transition.js';
import {confirmOrBegin} from '../steps.js';
import {startTeardown} from '../teardown.js';
import type {Leftover, LeftoverProgress, ScenarioState} from '../../types.js';

type LeftoversPhase = PhaseOf<'leftovers'>;

/** After preflight on --aws/--endpoint: ask the runner what earlier runs left there (the embedded sandbox is new each run). */
export function searchLeftovers(state: ScenarioState, now: number): Transition {
	if (!state.options.lookForLeftovers || state.target.kind === 'sandbox' || !state.identity)
		return confirmOrBegin(state, now);
	return {
		state: {...state, phase: {kind: 'preflight', searchingLeftovers: true}},
		effects: [{type: 'findLeftovers', account: state.identity.account}],
	};
}

/** Offered on the dashboard; unattended, only mentioned, since deleting needs someone to agree. */
export function onLeftoversFound(state: ScenarioState, items: readonly Leftover[], now: number): Transition {
	if (items.length === 0) return confirmOrBegin(state, now);
	if (state.options.autoAdvance) {
		return confirmOrBegin({...state, notice: {kind: 'leftoversRemain', count: items.length}}, now);
	}
	const found = items.map((item): LeftoverProgress => ({...item, status: 'found'}));
	return stay({...state, phase: {kind: 'leftovers', items: found, deleting: false}});
}

export function onLeftoversUnchecked(state: ScenarioState, reason: string, now: number): Transition {
	return confirmOrBegin({...state, notice: {kind: 'leftoversUnchecked', reason}}, now);
}

function deletionEnded(
	state: ScenarioState,
	phase: LeftoversPhase,
	error: string | undefined,
	now: number,
): Transition {
	// Items never reported were not reached (the deletion stopped) or, without an error, needed no call.
	const items = phase.items.map(
		(item): LeftoverProgress =>
			item.status === 'found' ? {...item, status: error ? 'failed' : 'deleted', error} : item,
	);
	const failed = items.filter((item) => item.status === 'failed').length;
	const reason = error ?? items.find((item) => item.error)?.error ?? NOTICE_REASONS.seeTheCalls;
	const notice: ScenarioState['notice'] =
		failed > 0 ? {kind: 'leftoversNotDeleted', count: failed, reason} : {kind: 'leftoversDeleted', count: items.length};
	return confirmOrBegin({...state, notice}, now);
}

/** The offer: y deletes what was found (then goes on), n goes on without deleting. */
export const inLeftovers: PhaseReducer<'leftovers'> = (state, phase, event, now) => {
	switch (event.type) {
		case 'confirmed':
			return phase.deleting
				? stay(state)
				: {state: {...state, phase: {...phase, deleting: true}}, effects: [{type: 'deleteLeftovers'}]};
		case 'declined': {
			if (phase.deleting) return stay(state);
			return confirmOrBegin({...state, notice: {kind: 'leftoversKept', count: phase.items.length}}, now);
		}
		case 'leftoverDeleted': {
			if (!phase.deleting) return stay(state);
			const items = phase.items.map(
				(item): LeftoverProgress =>
					item.kind === event.kind && item.id === event.id
						? {...item, status: event.error ? 'failed' : 'deleted', error: event.error}
						: item,
			);
			return stay({...state, phase: {...phase, items}});
		}
		case 'leftoversDeleted':
			return phase.deleting ? deletionEnded(state, phase, event.error, now) : stay(state);
		case 'quitRequested':
			// Nothing of this run exists yet; a deletion in flight is aborted and its rest stays for cleanup.
			return startTeardown(state, 'quit', true, now);
		default:
			return stay(state);
	}
};
