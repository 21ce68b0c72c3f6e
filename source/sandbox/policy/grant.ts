/*
 * What a principal may do: its identity policies, bounded by its permissions boundary and narrowed
 * by a session policy when the session has one (IAM User Guide, "Policy evaluation logic": the
 * effective permissions are the intersection of the identity-based policies, the permissions
 * boundary and the session policy; an explicit deny in any of them denies).
 */
import {SandboxError} from '../errors.js';
import type {Principal} from '../types.js';
import {evaluate, type AuthorizationRequest} from './evaluate.js';
import {parsedPolicy} from './parsed-cache.js';
import type {Decision, PolicyDocument} from './types.js';
import {REQUEST_WORK_STEPS, WorkBudgetExceeded, withWorkBudget} from './work-meter.js';

/** The session policies of a role session (inline, then PolicyArns'), parsed; undefined when it has none. */
export function sessionPolicyOf(principal: Principal): readonly PolicyDocument[] | undefined {
	const texts = [
		...(principal.session?.policy === undefined ? [] : [principal.session.policy]),
		...(principal.session?.managedPolicies ?? []),
	];
	return texts.length === 0 ? undefined : texts.map(parsedPolicy);
}

export interface GrantPolicies {
	readonly identity: readonly PolicyDocument[] | 'admin';
	readonly boundary?: PolicyDocument;
	/**
	 * The session policies (AssumeRole's inline Policy and its PolicyArns' documents), judged
	 * together as one set, as identity policies are: some statement must allow, none deny.
	 */
	readonly session?: readonly PolicyDocument[];
}

/** Which kind of policy decided a denial, for AWS's wording of AccessDenied. */
export type PolicyLayer = 'identity' | 'boundary' | 'session';

export interface Grant {
	readonly decision: Decision;
	/** For a denial: the first layer that denied explicitly, else the first that did not allow. */
	readonly deniedBy?: PolicyLayer;
}

/**
 * The decision for one request, within the request's work budget (work-meter.ts): policies that
 * need more work than that to decide (wildcards built to backtrack) deny, with an error saying why.
 */
export function evaluateGrant(policies: GrantPolicies, request: AuthorizationRequest): Grant {
	try {
		return withWorkBudget(REQUEST_WORK_STEPS, () => grantOf(policies, request));
	} catch (error) {
		if (!(error instanceof WorkBudgetExceeded)) throw error;
		throw new SandboxError(
			'AccessDenied',
			`The policies that apply to this request could not be evaluated within the sandbox's work budget for one request (${error.budget} matching steps), so it is denied; simplify the wildcard patterns in their resources and conditions.`,
			403,
		);
	}
}

function grantOf(policies: GrantPolicies, request: AuthorizationRequest): Grant {
	const layers: Array<[PolicyLayer, Decision]> = [
		['identity', policies.identity === 'admin' ? 'allow' : evaluate(policies.identity, request)],
	];
	if (policies.boundary) layers.push(['boundary', evaluate([policies.boundary], request)]);
	if (policies.session && policies.session.length > 0) {
		layers.push(['session', evaluate(policies.session, request)]);
	}
	const explicit = layers.find(([, decision]) => decision === 'explicitDeny');
	if (explicit) return {decision: 'explicitDeny', deniedBy: explicit[0]};
	const implicit = layers.find(([, decision]) => decision !== 'allow');
	return implicit ? {decision: 'implicitDeny', deniedBy: implicit[0]} : {decision: 'allow'};
}
