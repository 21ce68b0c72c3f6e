import {inDeletionOrder, type ResourceKind} from '../resources/kinds.js';
import {type DeletionStep, deletionSteps, kindDeletionSteps, type ResourceToDelete} from '../resources/plan.js';
import {EVERY_KEY} from '../words/resources.js';
import type {Creation} from './declaration.js';
import {iamArn, mfaSerialNumber} from './names.js';
import {stepDeclaration, stepsOf} from './scenarios/index.js';
import type {ScenarioState, StepId, TeardownItem} from './types.js';

/*
 * The teardown plan, derived from what the scenario's steps declare they create: what exists is
 * deleted by its id, and what a create that was cut short may have made is deleted by its name
 * (deleting something absent counts as done).
 */

/** Error codes after which we cannot know whether AWS performed a create: tear it down to be safe. */
const UNCERTAIN_CODES = new Set(['Aws.network', 'Aws.aborted', 'Aws.throttled', 'Aws.other']);

/** The step whose AWS call may have created something we were not told about. */
function uncertainStep(state: ScenarioState): StepId | undefined {
	const {phase} = state;
	if (phase.kind === 'running') return phase.step;
	if (phase.kind === 'failed' && UNCERTAIN_CODES.has(phase.error.code)) return phase.step;
	return undefined;
}

/** What exists of each kind (or, cut short, may exist), read from the state: the table plans its deletion. */
const TO_DELETE: {
	readonly [K in ResourceKind]: (state: ScenarioState, uncertain: boolean) => readonly ResourceToDelete[];
} = {
	user: ({resources, names}, uncertain) => (resources.user || uncertain ? [{id: names.userName}] : []),
	virtualMfaDevice: (state, uncertain) => {
		const {resources, names, identity} = state;
		const device = resources.mfaDevice;
		const serial =
			device?.serialNumber ??
			(uncertain && identity ? mfaSerialNumber(identity.account, names.path, names.deviceName) : undefined);
		return serial === undefined ? [] : [{id: serial, enabled: device?.enabled || enablingCut(state)}];
	},
	// EVERY_KEY: the key's id never arrived, so every key of the demo user is deleted.
	accessKey: ({resources}, uncertain) =>
		resources.accessKey
			? [{id: resources.accessKey.accessKeyId}]
			: uncertain && resources.user
				? [{id: EVERY_KEY}]
				: [],
	userPolicy: ({resources, names}, uncertain) => (resources.policy || uncertain ? [{id: names.policyName}] : []),
	role: (state, uncertain) => {
		const exists = state.resources.role !== undefined || (uncertain && state.identity !== undefined);
		const managedArn = managedPolicyArn(state, uncertain);
		return exists ? [{id: state.names.roleName, attachedPolicyArns: managedArn ? [managedArn] : []}] : [];
	},
	managedPolicy: (state, uncertain) => {
		const arn = managedPolicyArn(state, uncertain);
		return arn ? [{id: arn}] : [];
	},
};

function managedPolicyArn(state: ScenarioState, uncertain: boolean): string | undefined {
	const {resources, identity, names} = state;
	if (resources.managedPolicy) return resources.managedPolicy.arn;
	return uncertain && identity ? iamArn(identity.account, 'policy', names.path, names.managedPolicyName) : undefined;
}

/** A step that enables the device was cut short: the device may be enabled. */
function enablingCut(state: ScenarioState): boolean {
	const step = uncertainStep(state);
	const action = step ? stepDeclaration(state, step)?.action : undefined;
	return action?.kind === 'codes' && action.purpose === 'enable';
}

/** Everything the scenario's steps declare they create, in the order they create it. */
export function declaredCreations(state: Pick<ScenarioState, 'scenario'>): readonly Creation[] {
	return stepsOf(state).flatMap((step) => step.creates ?? []);
}

/** What to delete, in the order IAM requires, built from what the scenario's steps create. */
export function planTeardown(state: ScenarioState): TeardownItem[] {
	const uncertain = uncertainStep(state);
	const deletionsIf = (cutShort: (step: StepId) => boolean) =>
		stepsOf(state).flatMap((step): readonly DeletionStep[] =>
			step.deletes
				? deletionSteps(step.deletes(state, cutShort(step.id)))
				: (step.creates ?? []).flatMap(({kind}) => kindDeletionSteps(kind, TO_DELETE[kind](state, cutShort(step.id)))),
		);
	const known = new Set(deletionsIf(() => false).map(({kind, id}) => `${kind} ${id}`));
	return inDeletionOrder(
		deletionsIf((step) => step === uncertain).map(
			({kind, id, userName}): TeardownItem => ({
				kind,
				id,
				status: 'pending',
				...(known.has(`${kind} ${id}`) ? {} : {uncertain: true}),
				...(userName === undefined ? {} : {userName}),
			}),
		),
	);
}

/**
 * What the teardown did not delete and is known to exist: everything not done, except what was
 * planned only because a create was cut short and whose deletion never answered (a double Ctrl-C
 * during the first step named a user that never existed). The journal records such a create as
 * intended, so `sts-mfa cleanup` still looks for it.
 */
export function knownLeftBehind<T extends TeardownItem>(items: readonly T[]): T[] {
	return items.filter((item) => item.status !== 'done' && !(item.uncertain && item.status !== 'failed'));
}

/**
 * Planned only because a create was cut short, and never confirmed gone (the teardown was
 * abandoned before its deletion answered): it may exist, so the user is told to check.
 */
export function unconfirmed<T extends TeardownItem>(items: readonly T[]): T[] {
	return items.filter((item) => item.uncertain && item.status !== 'done' && item.status !== 'failed');
}

/** The kinds of resource the scenario creates, each once, in the order it creates them (the Resources panel's rows). */
export function createdKinds(state: Pick<ScenarioState, 'scenario'>): readonly ResourceKind[] {
	return [...new Set(declaredCreations(state).map((creation) => creation.kind))];
}
