/*
 * Evaluating a role's trust policy for AssumeRole (IAM User Guide, "Policy evaluation logic":
 * role trust policies are a resource-based policy that must allow the caller in every case).
 * A statement applies when its principal names the caller, its action matches sts:AssumeRole and
 * its conditions hold on the caller's request context. What it grants depends on how it names
 * the caller: its own ARN (or "*") suffices within the account; the account alone (the id or
 * arn:aws:iam::ACCOUNT:root) only delegates to the account, whose identity policies must then
 * allow sts:AssumeRole on the role too. A Deny that applies denies, whatever names the caller.
 */
import type {RequestContext} from '../types.js';
import {conditionsHold} from './conditions.js';
import {contextLookup} from './context.js';
import type {Truth} from './logic.js';
import type {TrustPolicy, TrustStatement} from './trust-parse.js';
import {expandVariables} from './variables.js';
import {wildcardMatch} from './wildcard.js';

export type TrustOutcome = 'allowsCaller' | 'allowsAccount' | 'denies' | 'allowsNothing';

/** The caller as trust policies can name it. */
export interface TrustCaller {
	readonly accountId: string;
	/** The ARNs that name this caller itself: a user's ARN; a role session's role and session ARNs. */
	readonly arns: readonly string[];
}

export interface TrustRequest {
	readonly action: string;
	readonly caller: TrustCaller;
	readonly context: RequestContext;
}

export function evaluateTrust(policy: TrustPolicy, request: TrustRequest): TrustOutcome {
	const lookup = contextLookup(request.context);
	let outcome: TrustOutcome = 'allowsNothing';
	for (const statement of policy.statements) {
		const naming = howNamed(statement, request.caller);
		if (naming === undefined) continue;
		const applies = statementApplies(statement, request.action, (key) => lookup(key), policy.version);
		if (statement.effect === 'Deny' && applies !== false) return 'denies';
		if (statement.effect === 'Allow' && applies === true && outcome !== 'allowsCaller') {
			outcome = naming === 'caller' ? 'allowsCaller' : 'allowsAccount';
		}
	}
	return outcome;
}

function howNamed(statement: TrustStatement, caller: TrustCaller): 'caller' | 'account' | undefined {
	const {principal} = statement;
	if (principal.any || principal.aws.some((entry) => caller.arns.includes(entry))) return 'caller';
	const account = [caller.accountId, `arn:aws:iam::${caller.accountId}:root`];
	return principal.aws.some((entry) => account.includes(entry)) ? 'account' : undefined;
}

function statementApplies(
	statement: TrustStatement,
	action: string,
	lookup: (key: string) => ReturnType<ReturnType<typeof contextLookup>>,
	version: TrustPolicy['version'],
): Truth {
	const patterns = statement.notAction ?? statement.action ?? [];
	const matched = patterns.some((pattern) => wildcardMatch(pattern, action, true));
	if (matched === (statement.notAction !== undefined)) return false;
	return conditionsHold(statement.conditions, lookup, (text) => expandVariables(text, version, lookup));
}
