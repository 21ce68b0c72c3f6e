import {AwsError} from '../../aws/errors.js';
import type {ExplainedSimulation, PolicySimulatorService, SimulationContextEntry} from '../../aws/types.js';
import type {Effect} from '../effects.js';
import type {Performer} from '../perform.js';
import {decidingStatement} from './statement.js';
import type {DenialExplanation, MfaKeyValue} from './types.js';

type ExplainDenial = Extract<Effect, {type: 'explainDenial'}>;

const MFA_KEY = 'aws:MultiFactorAuthPresent';

/** The request context as the denied request had it: no entry at all when the key was absent. */
function contextFor(value: MfaKeyValue): SimulationContextEntry[] {
	return value === 'absent' ? [] : [{key: MFA_KEY, type: 'boolean', values: [value]}];
}

function firstResult(results: readonly ExplainedSimulation[]): ExplainedSimulation {
	const [result] = results;
	if (!result) throw new Error('the policy simulator gave no result');
	return result;
}

async function simulate(
	simulator: PolicySimulatorService,
	effect: ExplainDenial,
	keyValue: MfaKeyValue,
	signal: AbortSignal,
): Promise<ExplainedSimulation> {
	const request = {actions: [effect.action], resourceArns: [effect.resourceArn], contextEntries: contextFor(keyValue)};
	const {ask} = effect;
	const results =
		ask.kind === 'principal'
			? await simulator.simulatePrincipalPolicy({...request, policySourceArn: ask.policySourceArn}, signal)
			: await simulator.simulateCustomPolicy({...request, policies: [effect.document]}, signal);
	return firstResult(results);
}

/** The comparison is a bonus: if it cannot be asked, the explanation stands without it. */
async function boolDecision(
	simulator: PolicySimulatorService,
	effect: ExplainDenial,
	document: string,
	signal: AbortSignal,
): Promise<ExplainedSimulation['decision'] | undefined> {
	const request = {policies: [document], actions: [effect.action], resourceArns: [effect.resourceArn]};
	try {
		return firstResult(await simulator.simulateCustomPolicy(request, signal)).decision;
	} catch (error) {
		if (signal.aborted) throw error;
		return undefined;
	}
}

/**
 * An explicit deny names its Deny. An implicit deny names nothing (no statement matched), so the
 * same request is asked again with MFA present: the Allow that then matches is the one whose
 * condition the denied request failed.
 */
async function explainWith(
	simulator: PolicySimulatorService,
	effect: ExplainDenial,
	signal: AbortSignal,
): Promise<DenialExplanation> {
	const denied = await simulate(simulator, effect, effect.keyValue, signal);
	const deciding = denied.decision === 'implicitDeny' ? await simulate(simulator, effect, 'true', signal) : denied;
	const [matched] = deciding.decision === 'implicitDeny' ? [] : deciding.matchedStatements;
	const effectOfStatement = deciding.decision === 'explicitDeny' ? 'Deny' : 'Allow';
	const statement = matched && decidingStatement(effect.document, effect.policyId, matched, effectOfStatement);
	const withBool = effect.withBool ? await boolDecision(simulator, effect, effect.withBool, signal) : undefined;
	return {kind: 'simulated', decision: denied.decision, statement, keyValue: effect.keyValue, withBool};
}

/** AccessDenied's own message is a paragraph of ARNs; what matters is which call was refused. */
function unavailableReason(error: unknown): string {
	if (error instanceof AwsError && error.kind === 'accessDenied')
		return `the caller may not use iam:${error.operation}`;
	return error instanceof Error ? error.message : String(error);
}

/** Never fails the run: without the simulator the declaration's sentence explains the denial. */
const explainDenial: Performer<'explainDenial'> = async (effect, context) => {
	let explanation: DenialExplanation;
	try {
		explanation = await explainWith(context.services.simulator(), effect, context.signal);
	} catch (error) {
		if (context.signal.aborted) return;
		explanation = {kind: 'unavailable', reason: unavailableReason(error)};
	}
	context.emit({type: 'denialExplained', explanation});
};

export const DENIAL_PERFORMERS = {explainDenial} satisfies {readonly [T in Effect['type']]?: Performer<T>};
