import {
	type EvaluationResult,
	type IAMClient,
	type Statement,
	SimulateCustomPolicyCommand,
	SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import {iamCall as call} from './iam-call.js';
import {collectPages} from './paginate.js';
import type {
	ExplainedSimulation,
	MatchedStatement,
	PolicySimulatorService,
	SimulationContextEntry,
	SimulationResult,
} from './types.js';

/*
 * The policy simulator with its reasons: each answer keeps MatchedStatements (which statement of
 * which policy decided), so the scenario can say why a request was denied. IamService's
 * simulatePrincipalPolicy is the preflight's yes/no; this is the explanation's full answer.
 */

const sdkContext = (entries: readonly SimulationContextEntry[] | undefined) =>
	entries?.map((entry) => ({
		ContextKeyName: entry.key,
		ContextKeyType: entry.type,
		ContextKeyValues: [...entry.values],
	}));

function toDecision(decision: string | undefined): SimulationResult['decision'] {
	return decision === 'allowed' || decision === 'explicitDeny' ? decision : 'implicitDeny';
}

function toStatement(statement: Statement): MatchedStatement {
	const {StartPosition: start, EndPosition: end} = statement;
	return {
		sourcePolicyId: statement.SourcePolicyId ?? '',
		sourcePolicyType: statement.SourcePolicyType ?? '',
		start: start?.Line !== undefined ? {line: start.Line, column: start.Column ?? 1} : undefined,
		end: end?.Line !== undefined ? {line: end.Line, column: end.Column ?? 1} : undefined,
	};
}

/** With ResourceArns, AWS may put the per-resource answer under ResourceSpecificResults. */
function toExplained(result: EvaluationResult): ExplainedSimulation {
	const specific = result.ResourceSpecificResults?.[0];
	const matched = result.MatchedStatements?.length ? result.MatchedStatements : (specific?.MatchedStatements ?? []);
	const missing = result.MissingContextValues?.length
		? result.MissingContextValues
		: (specific?.MissingContextValues ?? []);
	return {
		action: result.EvalActionName ?? '',
		decision: toDecision(result.EvalDecision),
		matchedStatements: matched.map(toStatement),
		missingContextValues: [...missing],
	};
}

type Page = {EvaluationResults?: EvaluationResult[]; IsTruncated?: boolean; Marker?: string};
const itemsOf = (page: Page) => ({
	items: (page.EvaluationResults ?? []).map(toExplained),
	marker: page.IsTruncated ? page.Marker : undefined,
});

export function createPolicySimulatorService(client: IAMClient): PolicySimulatorService {
	return {
		simulatePrincipalPolicy: ({policySourceArn, actions, resourceArns, contextEntries}, signal) =>
			collectPages(async (marker) => {
				const input = {
					PolicySourceArn: policySourceArn,
					ActionNames: [...actions],
					ResourceArns: resourceArns ? [...resourceArns] : undefined,
					ContextEntries: sdkContext(contextEntries),
					Marker: marker,
				};
				const page = await call('SimulatePrincipalPolicy', signal, (o) =>
					client.send(new SimulatePrincipalPolicyCommand(input), o),
				);
				return itemsOf(page);
			}),
		simulateCustomPolicy: ({policies, actions, resourceArns, contextEntries, callerArn}, signal) =>
			collectPages(async (marker) => {
				const input = {
					PolicyInputList: [...policies],
					ActionNames: [...actions],
					ResourceArns: resourceArns ? [...resourceArns] : undefined,
					ContextEntries: sdkContext(contextEntries),
					CallerArn: callerArn,
					Marker: marker,
				};
				const page = await call('SimulateCustomPolicy', signal, (o) =>
					client.send(new SimulateCustomPolicyCommand(input), o),
				);
				return itemsOf(page);
			}),
	};
}
