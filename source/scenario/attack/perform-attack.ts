import type {AwsCredentials} from '../../aws/types.js';
import {codeForStep, sessionCode, timeStep} from '../authenticator.js';
import {SESSION_SECONDS} from '../effects.js';
import {servicesOf} from '../../resources/create.js';
import {DELETE} from '../../resources/journaled-delete.js';
import type {PerformContext, Performer} from '../perform.js';
import {duoEraPolicy, fixedPolicy, userGuidePolicy} from '../scenarios/stolen-key.js';
import type {ScenarioState} from '../types.js';
import {attackerCodes, createAttackerDevice, decisionsFor, refusalOf, ruleOf} from './calls.js';
import {lookUpEvents} from './detection.js';
import {ensureNewcomer} from './newcomer.js';
import {attackerDeviceName} from './names.js';
import type {AttackCall, AttackEffect, AttackMove, AttackOutcome} from './types.js';

/*
 * The attacker's moves, each with only a user's access key: what AWS answered, and what the
 * simulator says of the same request under the policy in force and under today's IAM User Guide
 * policy (which is how a refusal is told apart as the 2023 guard's or the policy's).
 */

const json = (policy: object) => JSON.stringify(policy, null, 2);

function need<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`${what} does not exist (an earlier step did not finish)`);
	return value;
}

function victim(state: ScenarioState) {
	const user = need(state.resources.user, 'the demo user');
	return {user, key: need(state.resources.accessKey, 'the access key'), policyName: state.names.policyName};
}

/**
 * A move on the user's own MFA with the key alone: the simulator's answer for the same request
 * under the Duo-era policy in force and under today's User Guide policy, and the rule that decided
 * (the 2023 guard when AWS refused what the policy allows).
 */
async function onUsersOwnMfa(
	context: PerformContext,
	move: AttackMove,
	action: string,
	answer: Awaited<ReturnType<typeof refusalOf>>,
	calls: readonly AttackCall[],
): Promise<AttackOutcome> {
	const state = context.getState();
	const {user, policyName} = victim(state);
	const decisions = await decisionsFor(context, {
		action,
		resourceArn: user.arn,
		userArn: user.arn,
		userName: user.userName,
		compareWith: json(userGuidePolicy(state.names.path)),
		policyName,
		policyText: json(duoEraPolicy(state.names.path)),
	});
	return {move, ...answer, ...decisions, rule: ruleOf(answer.refused, decisions, 'guard2023'), calls};
}

/** The stolen key calls DeactivateMFADevice on the user's own device. */
async function deactivateUsersDevice(context: PerformContext): Promise<AttackOutcome> {
	const state = context.getState();
	const {user, key} = victim(state);
	const serialNumber = need(state.resources.mfaDevice, 'the MFA device').serialNumber;
	const answer = await refusalOf(() =>
		context.services.iam(key, 'demo-user').deactivateMfaDevice({userName: user.userName, serialNumber}, context.signal),
	);
	const calls = [{eventName: 'DeactivateMFADevice', accessKeyId: key.accessKeyId}];
	return onUsersOwnMfa(context, 'deactivateUsersDevice', 'iam:DeactivateMFADevice', answer, calls);
}

/** The stolen key creates a device of the attacker's own and enables it for the user. */
async function enrolSecondDevice(context: PerformContext, step: string): Promise<AttackOutcome> {
	const state = context.getState();
	const {user, key} = victim(state);
	const {device, seed} = await createAttackerDevice(context, key, attackerDeviceName(state.names, 'second'), step);
	const [code1, code2] = await attackerCodes(context, seed);
	const enabling = {userName: user.userName, serialNumber: device.serialNumber, code1, code2};
	const answer = await refusalOf(() =>
		context.services.iam(key, 'demo-user').enableMfaDevice(enabling, context.signal),
	);
	if (!answer.refused) context.emit({type: 'attackCreated', device: {...device, userName: user.userName}});
	const calls = [
		{eventName: 'CreateVirtualMFADevice', accessKeyId: key.accessKeyId},
		{eventName: 'EnableMFADevice', accessKeyId: key.accessKeyId},
	];
	return onUsersOwnMfa(context, 'enrolSecondDevice', 'iam:EnableMFADevice', answer, calls);
}

/** An MFA session from the attacker's device: a code for a step after the enabling codes. */
async function attackerSession(
	context: PerformContext,
	key: AwsCredentials,
	serialNumber: string,
	seed: Parameters<typeof codeForStep>[0],
) {
	const allowDrift = context.getState().target.kind !== 'aws';
	const {step, waitUntil} = sessionCode(context.now(), timeStep(context.now()), allowDrift);
	if (waitUntil !== undefined) await context.sleep(Math.max(0, waitUntil - context.now()) + 50, context.signal);
	const tokenCode = codeForStep(seed, step);
	return context.services
		.sts(key, 'demo-user')
		.getSessionToken({durationSeconds: SESSION_SECONDS, serialNumber, tokenCode}, context.signal);
}

/** The gap: the newcomer has no device yet, so the stolen key enrols the attacker's, and MFA follows. */
async function enrolFirstDevice(context: PerformContext, step: string): Promise<AttackOutcome> {
	const state = context.getState();
	const newcomer = need(state.resources.attack?.newcomer, 'the second user');
	const key = need(newcomer.accessKey, "the second user's access key");
	const {device, seed} = await createAttackerDevice(context, key, attackerDeviceName(state.names, 'first'), step);
	const [code1, code2] = await attackerCodes(context, seed);
	const enabling = {userName: newcomer.userName, serialNumber: device.serialNumber, code1, code2};
	const answer = await refusalOf(() =>
		context.services.iam(key, 'demo-user').enableMfaDevice(enabling, context.signal),
	);
	const calls = [
		{eventName: 'CreateVirtualMFADevice', accessKeyId: key.accessKeyId},
		{eventName: 'EnableMFADevice', accessKeyId: key.accessKeyId},
	];
	if (answer.refused) return {move: 'enrolFirstDevice', ...answer, rule: 'policy', calls};
	context.emit({type: 'attackCreated', device: {...device, userName: newcomer.userName}});
	const session = await attackerSession(context, key, device.serialNumber, seed);
	const buckets = await context.services.s3(session, 'mfa-session').listBuckets(context.signal);
	return {
		move: 'enrolFirstDevice',
		refused: false,
		rule: 'none',
		buckets,
		session: {accessKeyId: session.accessKeyId, expiration: session.expiration},
		calls: [
			...calls,
			{eventName: 'GetSessionToken', accessKeyId: key.accessKeyId},
			{eventName: 'ListBuckets', accessKeyId: session.accessKeyId},
		],
	};
}

/** How long the fix is tried before its refusal counts as missing: IAM's propagation, bounded. */
const FIX_RETRY_MS = 2000;

/**
 * The fix on the newcomer: a Deny on enrolling with a long-term key. Until IAM has propagated it,
 * AWS may still let a create through: that device is deleted at once and the attempt made again.
 */
async function applyFix(context: PerformContext, step: string): Promise<AttackOutcome> {
	const state = context.getState();
	const newcomer = need(state.resources.attack?.newcomer, 'the second user');
	const key = need(newcomer.accessKey, "the second user's access key");
	const policyDocument = json(fixedPolicy(state.names.path));
	const {userName, policyName} = newcomer;
	await context.services.iam().putUserPolicy({userName, policyName, policyDocument}, context.signal);
	const deadline = context.now() + state.options.propagationTimeoutMs;
	let answer = {refused: false} as {refused: boolean; errorCode?: string};
	let deviceName = attackerDeviceName(state.names, 'fix1');
	for (let attempt = 1; ; attempt += 1) {
		deviceName = attackerDeviceName(state.names, `fix${attempt}`);
		answer = await createThenRemove(context, key, deviceName, step);
		if (answer.refused || context.now() >= deadline) break;
		await context.sleep(FIX_RETRY_MS, context.signal);
	}
	const decisions = await decisionsFor(context, {
		action: 'iam:CreateVirtualMFADevice',
		resourceArn: `arn:aws:iam::${state.identity?.account ?? ''}:mfa${state.names.path}${deviceName}`,
		userArn: newcomer.arn,
		userName,
		compareWith: json(userGuidePolicy(state.names.path)),
		policyName,
		policyText: policyDocument,
	});
	const calls = [{eventName: 'CreateVirtualMFADevice', accessKeyId: key.accessKeyId}];
	return {move: 'applyFix', ...answer, ...decisions, rule: ruleOf(answer.refused, decisions, 'policy'), calls};
}

/** One enrolment attempt under the fix: refused, or created (then deleted by the operator at once). */
async function createThenRemove(context: PerformContext, key: AwsCredentials, deviceName: string, step: string) {
	let created: {serialNumber: string} | undefined;
	const answer = await refusalOf(async () => {
		created = (await createAttackerDevice(context, key, deviceName, step)).device;
	});
	if (created) {
		const removed = {id: created.serialNumber};
		await DELETE.virtualMfaDevice(servicesOf(context.services), context.journal, removed, context.signal);
		context.emit({type: 'attackCreated', removed: created.serialNumber});
	}
	return answer;
}

const MOVES: {
	readonly [M in AttackMove]: (context: PerformContext, step: string) => Promise<AttackOutcome | undefined>;
} = {
	deactivateUsersDevice,
	enrolSecondDevice,
	newcomerWithKey: ensureNewcomer,
	enrolFirstDevice,
	applyFix,
	lookUpEvents: async (context, step) => {
		context.emit({type: 'eventsFound', step, detection: await lookUpEvents(context)});
		return undefined;
	},
};

const attack: Performer<'attack'> = async (effect: AttackEffect, context) => {
	const outcome = await MOVES[effect.move](context, effect.step);
	if (outcome) context.emit({type: 'attackAnswered', step: effect.step, outcome});
};

export const ATTACK_PERFORMERS = {attack} satisfies {readonly [T in 'attack']: Performer<T>};
