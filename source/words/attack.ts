import type {SimulationResult} from '../aws/types.js';
import type {AttackMove, AttackOutcome} from '../scenario/attack/types.js';

/*
 * The stolen-key scenario's attack, in the lines a learner reads: who acts, what AWS answered, and
 * which rule decided. Shared by the dashboard's attack panel and plain mode.
 */

/** Who acts in each move: the attacker holds only a user's access key; the operator sets the scene. */
export const ACTOR: {readonly [M in AttackMove]: string} = {
	deactivateUsersDevice: "The attacker, holding only the user's access key",
	enrolSecondDevice: "The attacker, holding only the user's access key",
	newcomerWithKey: 'The operator sets the scene: a second user, same policy, a key and no device yet',
	enrolFirstDevice: "The attacker, holding only the second user's access key",
	applyFix: "The defender adds a Deny; the attacker tries again with the second user's key",
	lookUpEvents: "The defender, reading CloudTrail's event history",
};

/** The request each move makes, as its result line names it. */
const REQUEST: {readonly [M in AttackMove]: string} = {
	deactivateUsersDevice: "DeactivateMFADevice on the user's device",
	enrolSecondDevice: "EnableMFADevice: the attacker's device as the user's second",
	newcomerWithKey: 'CreateUser, PutUserPolicy, CreateAccessKey',
	enrolFirstDevice: "EnableMFADevice: the attacker's device as the second user's first",
	applyFix: "CreateVirtualMFADevice with the second user's key, under the fix",
	lookUpEvents: 'LookupEvents by each access key the attack used',
};

const DECISION: {readonly [D in SimulationResult['decision']]: string} = {
	allowed: 'allowed',
	implicitDeny: 'denied (no Allow matched)',
	explicitDeny: 'denied (an explicit Deny)',
};

/** "DeactivateMFADevice on the user's device: REFUSED (AccessDenied)". */
export function outcomeLine(outcome: AttackOutcome): string {
	const answer = outcome.refused ? `REFUSED (${outcome.errorCode ?? 'AccessDenied'})` : 'ALLOWED';
	return `${REQUEST[outcome.move]}: ${answer}`;
}

function ruleLine(outcome: AttackOutcome): string | undefined {
	if (outcome.rule === 'guard2023')
		return "Refused by AWS's 2023 guard (AWS-2023-001): a user with an MFA device needs MFA credentials to enable or deactivate one.";
	if (outcome.rule === 'policy')
		return `Refused by the policy${outcome.sid ? `: statement ${outcome.sid}` : ''}; a request signed with a long-term key has no aws:MultiFactorAuthPresent at all, and Null true matches exactly that.`;
	if (outcome.move === 'enrolFirstDevice')
		return `The gap: a first device needs no MFA, so the stolen key enrolled one the attacker holds; its MFA session (${outcome.session?.accessKeyId ?? 'none'}) listed ${outcome.buckets?.length ?? 0} buckets, which the policy keeps behind MFA.`;
	return undefined;
}

function simulatorLines(outcome: AttackOutcome): string[] {
	const lines: string[] = [];
	if (outcome.policyDecision === 'allowed' && outcome.rule === 'guard2023')
		lines.push("The simulator: the policy allows it without MFA (Duo's gap).");
	else if (outcome.policyDecision)
		lines.push(`The simulator on the policy in force: ${DECISION[outcome.policyDecision]}.`);
	if (outcome.userGuideDecision) lines.push(`Today's IAM User Guide policy: ${DECISION[outcome.userGuideDecision]}.`);
	return lines;
}

/** The outcome, the deciding rule and what the simulator says, one sentence a line. */
export function outcomeLines(outcome: AttackOutcome): string[] {
	const rule = ruleLine(outcome);
	return [outcomeLine(outcome), ...(rule ? [rule] : []), ...simulatorLines(outcome)];
}

/** A move AWS answered otherwise than today's AWS does: the lesson was not shown. */
export function attackNotAsExpected(outcome: AttackOutcome): string {
	const answered = outcome.refused ? `refused (${outcome.errorCode ?? 'AccessDenied'})` : 'ALLOWED';
	const because: {readonly [M in AttackMove]?: string} = {
		deactivateUsersDevice: "does this endpoint apply AWS's 2023 guard?",
		enrolSecondDevice: "does this endpoint apply AWS's 2023 guard?",
		enrolFirstDevice: 'a first device needs no MFA on AWS; does this endpoint refuse it?',
		applyFix: 'has IAM propagated the fix yet?',
	};
	return `${REQUEST[outcome.move]} was ${answered}: not what AWS answers today (${because[outcome.move] ?? 'unexpected'})`;
}
