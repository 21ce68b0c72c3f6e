import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {ScenarioEvent} from '../../source/scenario/events.js';
import {PHASE_TRANSITIONS} from '../../source/scenario/transitions.js';
import type {ScenarioOptions, ScenarioState, TargetKind} from '../../source/scenario/types.js';
import {update} from '../../source/scenario/update.js';
import {SCENARIO_NAMES, type ScenarioName, type StepDeclaration} from '../../source/scenario/declaration.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';
import {Random} from '../support/random.js';
import {ACCOUNT, drive, eventsUpTo, NOW, start} from './fixtures.js';

const error = {code: 'Aws.other', message: 'boom'};

/** Every event the reducer knows, with plausible payloads for the current state. */
function candidateEvents(state: ScenarioState): ScenarioEvent[] {
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
		{type: 'scenarioChosen', scenario: 'force-mfa'},
		{type: 'scenarioChosen', scenario: 'assume-role'},
		// assume-role's own step outcome, so its walks get past the role to the AssumeRole steps.
		{
			type: 'roleCreated',
			role: {roleName: 'sts-mfa-demo-role', arn: `arn:aws:iam::${ACCOUNT}:role/sts-mfa/r`, trustPolicy: '{}'},
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
function startsOf(scenario: ScenarioName): ScenarioState[] {
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

/** Random walks over every scenario's states, collecting each change of phase the reducer makes. */
function explore(): Set<string> {
	const seen = new Set<string>();
	// Seeded, so the exploration is the same on every run.
	const random = new Random(42);
	const starts = SCENARIO_NAMES.flatMap((scenario) => startsOf(scenario));
	for (let walk = 0; walk < 3000 * SCENARIO_NAMES.length; walk++) {
		let state = starts[walk % starts.length] ?? start();
		for (let i = 0; i < 80 && state.phase.kind !== 'exiting'; i++) {
			const event = random.pick(candidateEvents(state));
			const after = update(state, event, NOW + i * 1000).state;
			if (after.phase.kind !== state.phase.kind) seen.add(`${state.phase.kind} --> ${after.phase.kind}`);
			state = after;
		}
	}
	return seen;
}

function diagramEdges(): Set<string> {
	const markdown = readFileSync(new URL('../../docs/states.md', import.meta.url), 'utf8');
	const diagram = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
	const edges = [...diagram.matchAll(/^\s*(\w+)\s*-->\s*(\w+)/gm)].map((match) => `${match[1]} --> ${match[2]}`);
	return new Set(edges.filter((edge) => !edge.startsWith('[*]') && !edge.endsWith('[*]')));
}

describe('the documented state diagram', () => {
	const table = new Set(PHASE_TRANSITIONS.map(([from, to]) => `${from} --> ${to}`));

	it('lists exactly the phase changes the reducer makes', () => {
		expect([...explore()].sort()).toEqual([...table].sort());
	});

	it('docs/states.md draws exactly the transition table', () => {
		expect([...diagramEdges()].sort()).toEqual([...table].sort());
	});
});

/** docs/states.md's per-scenario step tables, as the declarations say they must read. */
function expectedStepTables(): string {
	const does = (step: StepDeclaration): string => {
		if (step.action.kind === 'teardown') return 'deletes what the run created';
		if (step.action.kind === 'codes')
			return `waits for ${step.action.needed === 2 ? 'two consecutive MFA codes' : 'a fresh MFA code'}, then runs its AWS calls`;
		return 'runs its AWS calls';
	};
	return SCENARIO_NAMES.map((name) => {
		const scenario = scenarioOf({scenario: name});
		const rows = scenario.steps.map(
			(step, index) => `| ${index + 1} | \`${step.id}\` | ${step.title.en} | ${does(step)} |`,
		);
		return [
			`### ${name}`,
			'',
			`${scenario.summary.en}`,
			'',
			'| # | step | title | what it does |',
			'|---|---|---|---|',
			...rows,
		].join('\n');
	}).join('\n\n');
}

describe("docs/states.md's steps of each scenario", () => {
	it('lists every scenario and its steps in order, as declared', () => {
		const markdown = readFileSync(new URL('../../docs/states.md', import.meta.url), 'utf8');
		const section = /<!-- steps:begin -->\n([\s\S]*?)\n<!-- steps:end -->/.exec(markdown)?.[1];
		expect(section, 'docs/states.md needs a <!-- steps:begin --> … <!-- steps:end --> section').toBeDefined();
		expect(section).toBe(expectedStepTables());
	});
});
