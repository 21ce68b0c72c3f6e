/*
 * The embedded evaluator: the sandbox's own policy engine, with no server and no network. An
 * action is allowed when the identity policies allow it and, when there is one, the permissions
 * boundary too; an explicit Deny in either wins (IAM User Guide, "Policy evaluation logic"). A
 * role's cell needs its trust policy to allow the AssumeRole that the way of signing implies.
 */
import {
	evaluateTrust,
	explain,
	parsedPolicy,
	parseTrustPolicy,
	type PolicyDocument,
	type TrustPolicy,
	wildcardMatch,
} from '../sandbox/policy/index.js';
import type {RequestContext} from '../sandbox/types.js';
import type {Catalogue} from './catalogue.js';
import {deciderOf} from './decider.js';
import {resourceFor} from './resource.js';
import type {Cell, Decider, Decision, PolicySource, Principal, Way} from './types.js';
import {assumeContext, type ContextEntry, sessionContext, withUserName} from './ways.js';

interface Sourced {
	readonly source: PolicySource;
	readonly document: PolicyDocument;
	/** For a document narrowed to one action: each kept statement's index in the whole document. */
	readonly indices?: readonly number[];
}

export interface TrustVerdict {
	readonly allowed: boolean;
	readonly decidedBy?: Decider;
}

/** Evaluates one principal's matrix; `callers` are the users a role's trust policy is asked about. */
export function evaluateOffline(
	catalogue: Catalogue,
	principal: Principal,
	actions: readonly string[],
	ways: readonly Way[],
	callers: readonly string[],
): Cell[] {
	const identity = principal.policies.map((source) => ({source, document: parsedPolicy(source.text)}));
	const boundary = principal.boundary
		? [{source: principal.boundary, document: parsedPolicy(principal.boundary.text)}]
		: [];
	const trust = ways.map((way) => (principal.trust ? trustVerdict(principal, way, callers) : undefined));
	const resources = new Map(actions.map((action) => [action, resourceFor(catalogue, principal, action)]));
	return ways.flatMap((way, index) => {
		const context = toContext(withUserName(sessionContext(way), userName(principal)));
		return actions.map((action): Cell => {
			const verdict = trust[index];
			if (verdict && !verdict.allowed) {
				return {action, way, decision: 'implicitDeny', refusedByTrust: true, ...decided(verdict.decidedBy)};
			}
			const request = {action, resource: resources.get(action) ?? '*', context};
			return {action, way, ...decide(narrowed(identity, action), narrowed(boundary, action), request)};
		});
	});
}

function decide(
	identity: readonly Sourced[],
	boundary: readonly Sourced[],
	request: Parameters<typeof explain>[1],
): {decision: Decision; decidedBy?: Decider} {
	const byIdentity = explain(identity, request);
	const byBoundary = boundary.length > 0 ? explain(boundary, request) : undefined;
	if (byIdentity.decision === 'explicitDeny') return denied('explicitDeny', byIdentity.matched[0]);
	if (byBoundary?.decision === 'explicitDeny') return denied('explicitDeny', byBoundary.matched[0]);
	if (byIdentity.decision !== 'allow') return {decision: 'implicitDeny'};
	// Allowed by identity but not by the boundary: the boundary's silence decides.
	if (byBoundary && byBoundary.decision !== 'allow') return {decision: 'implicitDeny'};
	return denied('allowed', byIdentity.matched[0]);
}

function denied(
	decision: Decision,
	matched: {source: Sourced; statement: number} | undefined,
): {decision: Decision; decidedBy?: Decider} {
	const index = matched ? (matched.source.indices?.[matched.statement] ?? matched.statement) : undefined;
	return {decision, ...decided(matched && index !== undefined ? deciderOf(matched.source.source, index) : undefined)};
}

/*
 * The statements whose Action or NotAction covers the action, found once per action rather than
 * once per way of signing, with every pattern matched once per process: the engine then evaluates
 * only statements that can apply (the decision is the same: the others never apply).
 */
const patternMatches = new Map<string, boolean>();
const MAX_REMEMBERED = 200_000;

function covers(patterns: readonly string[], action: string): boolean {
	return patterns.some((pattern) => {
		const key = `${pattern}\u0000${action}`;
		let matched = patternMatches.get(key);
		if (matched === undefined) {
			if (patternMatches.size >= MAX_REMEMBERED) patternMatches.clear();
			matched = wildcardMatch(pattern, action, true);
			patternMatches.set(key, matched);
		}
		return matched;
	});
}

const narrowedCache = new WeakMap<readonly Sourced[], Map<string, Sourced[]>>();

function narrowed(sources: readonly Sourced[], action: string): Sourced[] {
	const byAction = narrowedCache.get(sources) ?? new Map<string, Sourced[]>();
	narrowedCache.set(sources, byAction);
	const known = byAction.get(action);
	if (known) return known;
	const result = sources.map((sourced) => {
		const indices = sourced.document.statements.flatMap((statement, index) => {
			const applies = statement.notAction
				? !covers(statement.notAction, action)
				: covers(statement.action ?? [], action);
			return applies ? [index] : [];
		});
		// The kept statements cover the action: name it alone, so the engine matches one literal.
		const statements = indices.flatMap((index) => {
			const statement = sourced.document.statements[index];
			return statement ? [{...statement, action: [action], notAction: undefined}] : [];
		});
		return {source: sourced.source, document: {...sourced.document, statements}, indices};
	});
	byAction.set(action, result);
	return result;
}

const decided = (decidedBy: Decider | undefined) => (decidedBy ? {decidedBy} : {});

/** Whether some caller may assume the role this way, and the trust statement that says so. */
export function trustVerdict(principal: Principal, way: Way, callers: readonly string[]): TrustVerdict {
	const source = principal.trust;
	if (!source) return {allowed: true};
	const policy = parseTrustPolicy(source.text, principal.accountId, () => true);
	const context = toContext(assumeContext(way));
	const callerArns = callers.length > 0 ? callers : [`arn:aws:iam::${principal.accountId}:user/any-user`];
	let allowedBy: number | undefined;
	for (const arn of callerArns) {
		const caller = {accountId: principal.accountId, arns: [arn]};
		const outcome = evaluateTrust(policy, {action: 'sts:AssumeRole', caller, context});
		if (outcome === 'denies')
			return {allowed: false, decidedBy: deciderOf(source, decisiveStatement(policy, caller, context, 'denies'))};
		if (outcome === 'allowsCaller' || outcome === 'allowsAccount')
			allowedBy ??= decisiveStatement(policy, caller, context, outcome);
	}
	return allowedBy === undefined ? {allowed: false} : {allowed: true, decidedBy: deciderOf(source, allowedBy)};
}

/** The first statement that, alone, gives the same outcome. */
function decisiveStatement(
	policy: TrustPolicy,
	caller: {accountId: string; arns: readonly string[]},
	context: RequestContext,
	outcome: string,
): number {
	const index = policy.statements.findIndex(
		(statement) =>
			evaluateTrust({...policy, statements: [statement]}, {action: 'sts:AssumeRole', caller, context}) === outcome,
	);
	return Math.max(index, 0);
}

function toContext(entries: readonly ContextEntry[]): RequestContext {
	const context: Record<string, string | number | boolean> = {};
	for (const entry of entries) {
		context[entry.key] =
			entry.type === 'boolean' ? entry.value === 'true' : entry.type === 'numeric' ? Number(entry.value) : entry.value;
	}
	return context;
}

export const userName = (principal: Principal) => (principal.kind === 'user' ? principal.name : undefined);

/** The Evaluator of ./run-check.ts over the embedded engine (offline, and the benchmark). */
export function embeddedEvaluator(catalogue: Catalogue, callers: readonly string[]) {
	return {
		async cells(principal: Principal, actions: readonly string[], ways: readonly Way[], done: (count: number) => void) {
			const cells = evaluateOffline(catalogue, principal, actions, ways, callers);
			done(cells.length);
			return cells;
		},
	};
}
