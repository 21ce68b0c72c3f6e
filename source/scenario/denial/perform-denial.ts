import {AwsError} from '../../aws/errors.js';
import type {ExplainedSimulation, PolicySimulatorService} from '../../aws/types.js';
import {contextEntries as entriesFor} from '../context-entries.js';
import type {Effect} from '../effects.js';
import type {Performer} from '../perform.js';
import {decidingStatement} from './statement.js';
import type {DenialExplanation, KeyValue} from './types.js';

type ExplainDenial = Extract<Effect, {type: 'explainDenial'}>;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The role's trust policy (as AWS returned it) as an identity policy: each statement's action and
 * condition, on the role, without its Principal. Throws, worded, when it is not a policy document.
 */
export function trustStatementAsPolicy(trustPolicy: string, roleArn: string): string {
	let document: unknown;
	try {
		document = JSON.parse(trustPolicy);
	} catch {
		throw new Error("the role's trust policy is not JSON");
	}
	const statements: unknown = isObject(document) ? document.Statement : undefined;
	const list = Array.isArray(statements) ? statements : [statements];
	if (!isObject(document) || !list.every(isObject)) throw new Error("the role's trust policy has no statements");
	const Statement = list.map(({Principal: _principal, ...rest}) => ({...rest, Resource: roleArn}));
	return JSON.stringify({Version: document.Version ?? '2012-10-17', Statement}, null, 2);
}

function firstResult(results: readonly ExplainedSimulation[]): ExplainedSimulation {
	const [result] = results;
	if (!result) throw new Error('the policy simulator gave no result');
	return result;
}

/** The request as the simulator is asked it: the trust policy already turned into the only policy. */
type Asked = Omit<ExplainDenial, 'ask'> & {
	readonly ask: {readonly kind: 'principal'; readonly policySourceArn: string} | {readonly kind: 'custom'};
};

function asked(effect: ExplainDenial): Asked {
	if (effect.ask.kind === 'principal') return {...effect, ask: effect.ask};
	return {...effect, ask: {kind: 'custom'}, document: trustStatementAsPolicy(effect.document, effect.ask.roleArn)};
}

async function simulate(
	simulator: PolicySimulatorService,
	effect: Asked,
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
	effect: Asked,
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
	request: ExplainDenial,
	signal: AbortSignal,
): Promise<DenialExplanation> {
	const effect = asked(request);
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
