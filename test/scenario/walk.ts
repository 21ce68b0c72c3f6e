import {SCENARIO_NAMES, type ScenarioName} from '../../source/scenario/declaration.js';
import type {ScenarioEvent} from '../../source/scenario/events.js';
import type {ScenarioOptions, ScenarioState, TargetKind} from '../../source/scenario/types.js';
import {ACCOUNT, drive, eventsUpTo, NOW, start} from './fixtures.js';

/* Random walks' material: where a walk may start in each scenario, and what may happen next. */

const error = {code: 'Aws.other', message: 'boom'};

/** Every event the reducer knows, with plausible payloads for the current state. */
export function candidateEvents(state: ScenarioState): ScenarioEvent[] {
	const flow = eventsUpTo('teardown');
	const running = state.teardown.items.find((item) => item.status === 'running');
	const step = state.phase.kind === 'running' || state.phase.kind === 'codeEntry' ? state.phase.step : 'createUser';
	return [
		...flow,
		{type: 'identityResolved', identity: {account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/admin`, userId: 'A'}},
		{type: 'permissionsChecked', missing: []},
		{type: 'permissionsUnchecked', reason: 'no'},
		{type: 'preflightFailed', error},
		{type: 'leftoversFound', items: []},
		{type: 'leftoversFound', items: [{kind: 'user', id: 'sts-mfa-demo-old'}]},
		{type: 'leftoversUnchecked', reason: 'no'},
		{type: 'leftoverDeleted', kind: 'user', id: 'sts-mfa-demo-old'},
		{type: 'leftoversDeleted'},
		{type: 'confirmed'},
		{type: 'declined'},
		// Any declared scenario may be chosen on the first screen.
		...SCENARIO_NAMES.map((scenario): ScenarioEvent => ({type: 'scenarioChosen', scenario})),
		// assume-role's own step outcome, so its walks get past the role to the AssumeRole steps.
		{
			type: 'roleCreated',
			role: {
				roleName: 'sts-mfa-demo-role',
				arn: `arn:aws:iam::${ACCOUNT}:role/sts-mfa/r`,
				trustPolicy: '{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}',
			},
			managedPolicy: {policyName: 'p', arn: `arn:aws:iam::${ACCOUNT}:policy/sts-mfa/p`, document: '{}'},
		},
		{type: 'retryRequested'},
		{type: 'teardownRequested'},
		{type: 'quitRequested'},
		{type: 'autoCodesRequested'},
		{type: 'codesGenerated', codes: ['123456', '234567']},
		{type: 'codesGenerated', codes: ['123456']},
		{type: 'authenticatorWaiting', readyAt: NOW + 5000},
		{type: 'mfaCodesRejected', refusal: 'reused', error},
		{type: 'stepFailed', step, error},
		{type: 'stepFailed', step, error: {code: 'Aws.accessDenied', message: 'denied'}},
		{type: 'propagationChecked', keyWorks: false, policyInForce: false},
		{type: 'listingWithoutMfaAllowed', buckets: [], sessionExpiration: new Date(NOW)},
		...(running
			? [
					{type: 'teardownItemFinished' as const, kind: running.kind, id: running.id},
					{type: 'teardownItemFinished' as const, kind: running.kind, id: running.id, error: 'x'},
				]
			: []),
	];
}

/** Earlier runs left a user behind; the dashboard offers to delete it. */
function offeringLeftovers(options: Partial<ScenarioOptions>): ScenarioState {
	const items = [{kind: 'user' as const, id: 'sts-mfa-demo-old', status: 'found' as const}];
	return {
		...start({lookForLeftovers: true, ...options}, 'endpoint'),
		phase: {kind: 'leftovers', items, deleting: false},
	};
}

/** Where one scenario's walks start: the first screen, each target and option, and mid-run. */
export function startsOf(scenario: ScenarioName): ScenarioState[] {
	const of = (state: ScenarioState): ScenarioState => ({...state, scenario});
	return [
		of({...start(), phase: {kind: 'choosing'}}),
		...(
			[
				[{}, 'sandbox'],
				[{autoAdvance: true}, 'sandbox'],
				[{autoAdvance: true, autoMfa: true}, 'sandbox'],
				[{}, 'aws'],
				[{autoAdvance: true}, 'endpoint'],
				[{autoMfa: true}, 'aws'],
				[{lookForLeftovers: true}, 'endpoint'],
				[{lookForLeftovers: true, assumeYes: true}, 'aws'],
				[{lookForLeftovers: true, autoAdvance: true}, 'endpoint'],
			] as [Partial<ScenarioOptions>, TargetKind][]
		).map(([options, kind]) => of(start(options, kind))),
		// Walks from the middle reach the code steps' failures and retries often enough.
		drive(of(start()), eventsUpTo('enableMfaDevice')).state,
		drive(of(start({autoMfa: true})), eventsUpTo('sessionWithMfa')).state,
		of(offeringLeftovers({})),
		of(offeringLeftovers({assumeYes: true})),
	];
}
