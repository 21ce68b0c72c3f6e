/*
 * Cells through the account's own policy simulator: iam:SimulatePrincipalPolicy for each principal
 * and way of signing, with that way's context entries, the actions grouped by the resource they are
 * asked about. Calls run a few at a time (IAM's rate limits are low; the SDK retries throttling).
 * A role's trust policy is judged here with the embedded engine: the simulator does not evaluate
 * trust policies for AssumeRole.
 */
import {type IAMClient, SimulatePrincipalPolicyCommand} from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import type {z} from 'zod';
import {collectPages} from '../../aws/paginate.js';
import type {Catalogue} from '../catalogue.js';
import {deciderOf, statementAtLine} from '../decider.js';
import {trustVerdict, userName} from '../engine.js';
import {resourceFor} from '../resource.js';
import type {Evaluator} from '../run-check.js';
import type {Cell, Decider, PolicySource, Principal, Way} from '../types.js';
import {sessionContext, withUserName} from '../ways.js';
import {readCall} from './errors.js';
import {simulationPage} from './shapes.js';
import {validated} from './validate.js';

/** Simulator calls in flight at once, across every principal. */
const CONCURRENCY = 4;
/** Actions per call: small enough that one answer is one page on AWS. */
const ACTIONS_PER_CALL = 25;

type Result = NonNullable<z.infer<typeof simulationPage>['EvaluationResults']>[number];

export function simulatorEvaluator(client: IAMClient, catalogue: Catalogue, callers: readonly string[]): Evaluator {
	const limit = pLimit(CONCURRENCY);
	return {
		async cells(principal, actions, ways, done) {
			const perWay = await Promise.all(
				ways.map(async (way) => {
					const verdict = principal.trust ? trustVerdict(principal, way, callers) : undefined;
					if (verdict && !verdict.allowed) {
						done(actions.length);
						return actions.map(
							(action): Cell => ({
								action,
								way,
								decision: 'implicitDeny',
								refusedByTrust: true,
								...(verdict.decidedBy ? {decidedBy: verdict.decidedBy} : {}),
							}),
						);
					}
					const calls = callsFor(catalogue, principal, actions);
					const answered = await Promise.all(
						calls.map((call) =>
							limit(async () => {
								const results = await simulate(client, principal, way, call);
								done(call.actions.length);
								return results;
							}),
						),
					);
					return answered.flat().map((result) => toCell(principal, way, result));
				}),
			);
			return perWay.flat();
		},
	};
}

interface Call {
	readonly resource: string;
	readonly actions: readonly string[];
}

function callsFor(catalogue: Catalogue, principal: Principal, actions: readonly string[]): Call[] {
	const byResource = new Map<string, string[]>();
	for (const action of actions) {
		const resource = resourceFor(catalogue, principal, action);
		byResource.set(resource, [...(byResource.get(resource) ?? []), action]);
	}
	return [...byResource].flatMap(([resource, list]) => {
		const calls: Call[] = [];
		for (let at = 0; at < list.length; at += ACTIONS_PER_CALL)
			calls.push({resource, actions: list.slice(at, at + ACTIONS_PER_CALL)});
		return calls;
	});
}

async function simulate(client: IAMClient, principal: Principal, way: Way, call: Call): Promise<Result[]> {
	const context = withUserName(sessionContext(way), userName(principal));
	return collectPages(async (marker) => {
		const input = {
			PolicySourceArn: principal.arn,
			ActionNames: [...call.actions],
			...(call.resource === '*' ? {} : {ResourceArns: [call.resource]}),
			ContextEntries: context.map((entry) => ({
				ContextKeyName: entry.key,
				ContextKeyType: entry.type,
				ContextKeyValues: [entry.value],
			})),
			Marker: marker,
		};
		const answer = await readCall('SimulatePrincipalPolicy', () =>
			client.send(new SimulatePrincipalPolicyCommand(input)),
		);
		const page = validated(simulationPage, 'SimulatePrincipalPolicy', answer);
		return {items: page.EvaluationResults ?? [], marker: page.IsTruncated ? page.Marker : undefined};
	});
}

function toCell(principal: Principal, way: Way, result: Result): Cell {
	const specific = result.ResourceSpecificResults?.[0];
	const decision = result.EvalDecision;
	const matched = result.MatchedStatements?.length ? result.MatchedStatements : (specific?.MatchedStatements ?? []);
	const decidedBy = decision === 'implicitDeny' ? undefined : firstDecider(principal, matched);
	return {action: result.EvalActionName, way, decision, ...(decidedBy ? {decidedBy} : {})};
}

/** The simulator names a statement by its policy and position; find it among the principal's policies. */
function firstDecider(principal: Principal, matched: NonNullable<Result['MatchedStatements']>): Decider | undefined {
	for (const statement of matched) {
		const source = sourceNamed(principal, statement.SourcePolicyId, statement.SourcePolicyType);
		const line = statement.StartPosition?.Line;
		const index =
			source && line !== undefined ? statementAtLine(source, line, statement.StartPosition?.Column) : undefined;
		if (source && index !== undefined) return deciderOf(source, index);
	}
	return undefined;
}

const TYPES: Record<string, readonly PolicySource['kind'][]> = {
	user: ['inline'],
	role: ['inline'],
	group: ['group-inline'],
	'user-managed': ['managed', 'group-managed', 'boundary'],
	'aws-managed': ['managed', 'group-managed', 'boundary'],
};

function sourceNamed(principal: Principal, id: string | undefined, type: string | undefined): PolicySource | undefined {
	const all = [...principal.policies, ...(principal.boundary ? [principal.boundary] : [])];
	const kinds = type === undefined ? undefined : TYPES[type];
	return (
		all.find((source) => source.id === id && (kinds === undefined || kinds.includes(source.kind))) ??
		all.find((source) => source.id === id)
	);
}
