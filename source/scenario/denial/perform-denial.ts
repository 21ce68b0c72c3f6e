import {AwsError} from '../../aws/errors.js';
import type {ExplainedSimulation, PolicySimulatorService} from '../../aws/types.js';
import {contextEntries as entriesFor} from '../context-entries.js';
import type {Effect} from '../effects.js';
import type {Performer} from '../perform.js';
import {decidingStatement} from './statement.js';
import type {DenialExplanation, KeyValue} from './types.js';

type ExplainDenial = Extract<Effect, {type: 'explainDenial'}>;

function firstResult(results: readonly ExplainedSimulation[]): ExplainedSimulation {
	const [result] = results;
	if (!result) throw new Error('the policy simulator gave no result');
	return result;
}

async function simulate(
	simulator: PolicySimulatorService,
	effect: ExplainDenial,
	keyValue: KeyValue,
	signal: AbortSignal,
): Promise<ExplainedSimulation> {
	const contextEntries = entriesFor(effect.key, keyValue);
	const request = {actions: [effect.action], resourceArns: [effect.resourceArn], contextEntries};
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
	const deciding =
		denied.decision === 'implicitDeny' ? await simulate(simulator, effect, effect.allowedValue, signal) : denied;
	const [matched] = deciding.decision === 'implicitDeny' ? [] : deciding.matchedStatements;
	const effectOfStatement = deciding.decision === 'explicitDeny' ? 'Deny' : 'Allow';
	const statement =
		matched && decidingStatement(effect.document, effect.policyId, matched, effectOfStatement, effect.key);
	const withBool = effect.withBool ? await boolDecision(simulator, effect, effect.withBool, signal) : undefined;
	const {key, keyValue} = effect;
	return {kind: 'simulated', decision: denied.decision, statement, key, keyValue, withBool};
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
