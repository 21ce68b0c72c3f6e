import {AwsError} from '../../aws/errors.js';
import type {AwsCredentials, SimulationResult} from '../../aws/types.js';
import type {Secret} from '../../secret.js';
import {enablingCodes, PERIOD_MS, timeStep} from '../authenticator.js';
import {usernameEntry} from '../context-entries.js';
import {decidingStatement} from '../denial/statement.js';
import type {PerformContext} from '../perform.js';
import {CREATE, servicesOf} from '../../resources/create.js';
import type {AttackerDevice, DecidingRule} from './types.js';

/*
 * What the attack's moves share: a call that AWS may refuse, the simulator's view of the same
 * request, and the attacker's own device (created with the stolen key, marked as this run's).
 */

/** A refusal is an answer here, not a failure: anything else a call throws fails the step. */
export async function refusalOf(call: () => Promise<unknown>): Promise<{refused: boolean; errorCode?: string}> {
	try {
		await call();
		return {refused: false};
	} catch (error) {
		if (error instanceof AwsError && error.kind === 'accessDenied') return {refused: true, errorCode: error.awsCode};
		throw error;
	}
}

export interface SimulatedRequest {
	readonly action: string;
	readonly resourceArn: string;
	/** The user whose policies are asked, and whose name ${aws:username} stands for. */
	readonly userArn: string;
	readonly userName: string;
	/** Policies the same request is asked against, given as documents (today's IAM User Guide policy). */
	readonly compareWith: string;
	/** The inline policy's name, as the simulator names it in MatchedStatements. */
	readonly policyName: string;
	readonly policyText: string;
}

export interface Decisions {
	readonly policyDecision?: SimulationResult['decision'];
	readonly userGuideDecision?: SimulationResult['decision'];
	readonly sid?: string;
}

/**
 * The simulator on the request as the stolen key made it: no aws:MultiFactorAuthPresent at all, and
 * ${aws:username} given (the simulator does not fill it in). A simulator that cannot be asked
 * leaves the decisions unknown; the outcome stands without them.
 */
export async function decisionsFor(context: PerformContext, request: SimulatedRequest): Promise<Decisions> {
	const simulator = context.services.simulator();
	const asked = {
		actions: [request.action],
		resourceArns: [request.resourceArn],
		contextEntries: [usernameEntry(request.userName)],
	};
	try {
		const [inForce, guide] = await Promise.all([
			simulator.simulatePrincipalPolicy({...asked, policySourceArn: request.userArn}, context.signal),
			simulator.simulateCustomPolicy({...asked, policies: [request.compareWith]}, context.signal),
		]);
		const [matched] = inForce[0]?.matchedStatements ?? [];
		const deny = inForce[0]?.decision === 'explicitDeny' && matched;
		const sid = deny
			? decidingStatement(request.policyText, request.policyName, matched, 'Deny', 'aws:MultiFactorAuthPresent').sid
			: undefined;
		return {policyDecision: inForce[0]?.decision, userGuideDecision: guide[0]?.decision, sid};
	} catch (error) {
		if (context.signal.aborted) throw error;
		return {};
	}
}

/** Which rule refused a call: the policy when the simulator says it denies, otherwise AWS's 2023 guard. */
export function ruleOf(refused: boolean, decisions: Decisions, expected: DecidingRule): DecidingRule {
	if (!refused) return 'none';
	if (decisions.policyDecision === undefined) return expected;
	return decisions.policyDecision === 'allowed' ? 'guard2023' : 'policy';
}

/** Two consecutive codes from the attacker's own authenticator, not too close to the end of a step. */
export async function attackerCodes(context: PerformContext, seed: Secret): Promise<[string, string]> {
	const untilNext = (timeStep(context.now()) + 1) * PERIOD_MS - context.now();
	if (untilNext < 2000) await context.sleep(untilNext + 50, context.signal);
	return enablingCodes(seed, context.now()).codes;
}

/**
 * The attacker creates a virtual device with the stolen key. The operator then tags it with the
 * run's tags (the policy grants the attacker no iam:TagMFADevice), so that teardown and
 * `sts-mfa cleanup` know it as this run's; the journal names it before and after.
 */
export async function createAttackerDevice(
	context: PerformContext,
	key: AwsCredentials,
	deviceName: string,
	step: string,
): Promise<{device: AttackerDevice; seed: Secret}> {
	const {names} = context.getState();
	// Created by the stolen key, journaled as the operator's own creates are.
	const creator = {services: servicesOf(context.services, key), journal: context.journal, signal: context.signal};
	const created = await CREATE.virtualMfaDevice(creator, {deviceName, path: names.path, tags: []});
	const device: AttackerDevice = {serialNumber: created.serialNumber, step};
	context.emit({type: 'attackCreated', device});
	await context.services
		.iam()
		.tagMfaDevice({serialNumber: created.serialNumber, tags: [...names.tags]}, context.signal);
	return {device, seed: created.seed};
}
