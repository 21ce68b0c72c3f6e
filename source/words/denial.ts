import {say} from './language.js';
import type {ScenarioDeclaration} from '../scenario/declaration.js';
import type {DecidingStatement, DenialExplanation, KeyValue, StatementCondition} from '../scenario/denial/types.js';

/*
 * Why the denied request was denied, in sentences a learner follows: the deciding statement with
 * its condition, the request's value of the key and what that made of the condition. Shared by the
 * dashboard's results panel and plain mode; views wrap each sentence, never cut one. Short enough
 * that force-mfa's four fit the detail panel at 80x24.
 */

type Simulated = Extract<DenialExplanation, {kind: 'simulated'}>;

/** Why a request has no MFA key at all, unless the declaration says otherwise. */
const ABSENT_BECAUSE = 'a long-term key never has one';

const KEY_VALUES: {readonly [V in Exclude<KeyValue, object>]: (key: string, absentBecause: string) => string} = {
	absent: (key, absentBecause) => `The request had no ${key} (${absentBecause})`,
	false: (key) => `The request had ${key} = false (a session issued without MFA)`,
	true: (key) => `The request had ${key} = true (a session issued with MFA)`,
};

/** "The request had aws:MultiFactorAuthAge = 34 (seconds since the MFA code)". */
function keyValueText(scenario: ScenarioDeclaration, key: string, value: KeyValue): string {
	if (typeof value === 'object') return `The request had ${key} = ${value.seconds} (seconds since the MFA code)`;
	return KEY_VALUES[value](key, scenario.context.absentBecause ? say(scenario.context.absentBecause) : ABSENT_BECAUSE);
}

/** The Bool variant's decision, and for the expected one why it is a mistake. */
const WITH_BOOL = {
	allowed: 'allowed — an absent key never matches Bool.',
	implicitDeny: 'denied by default.',
	explicitDeny: 'denied by the Deny as well.',
} as const;

function actionsText(actions: DecidingStatement['actions']): string {
	if (!actions || actions.names.length === 0) return '';
	return actions.not ? ` on all but ${actions.names.length} actions` : ` on ${actions.names.join(', ')}`;
}

const conditionText = (condition: StatementCondition) => `${condition.operator} ${condition.key} ${condition.value}`;

/**
 * 'Deny "DenyAll…" on all but 7 actions when BoolIfExists aws:… false'. The user's own policy is
 * the one the resources panel shows; a trust policy is named, since it is not the user's.
 */
function statementText(scenario: ScenarioDeclaration, statement: DecidingStatement): string {
	const policy = scenario.denialProbe.policies === 'trust' ? "The role's trust policy: " : '';
	const sid = statement.sid ? ` "${statement.sid}"` : '';
	const condition = statement.condition ? ` when ${conditionText(statement.condition)}` : '';
	return `${policy}${statement.effect ?? 'A statement'}${sid}${actionsText(statement.actions)}${condition}`;
}

/** What the key's value made of the condition, and so of the request. */
function verdict(
	scenario: ScenarioDeclaration,
	explanation: Simulated,
	condition: StatementCondition | undefined,
): string {
	const had = keyValueText(scenario, explanation.key, explanation.keyValue);
	const short = condition ? `${condition.operator} … ${condition.value}` : 'the condition';
	if (explanation.decision === 'explicitDeny') return `${had}: ${short} matched, so the Deny applied.`;
	if (explanation.decision === 'implicitDeny') return `${had}: ${short} did not match, so it is denied by default.`;
	return `${had}; the simulator says this request is allowed, which the denial contradicts.`;
}

function simulatedLines(scenario: ScenarioDeclaration, explanation: Simulated): string[] {
	const {statement} = explanation;
	return [
		statement ? statementText(scenario, statement) : 'The simulator named no statement, with or without MFA.',
		verdict(scenario, explanation, statement?.condition),
		...(explanation.withBool ? [`With Bool instead of BoolIfExists: ${WITH_BOOL[explanation.withBool]}`] : []),
	];
}

/** The denied step's explanation; without the simulator, the declaration's sentence. */
export function denialLines(scenario: ScenarioDeclaration, explanation: DenialExplanation | undefined): string[] {
	if (explanation?.kind === 'simulated') return simulatedLines(scenario, explanation);
	// The scenario's sentence first: where rows are short, it is the one to keep.
	const unavailable =
		explanation?.kind === 'unavailable' ? [`(The policy simulator was not available: ${explanation.reason}.)`] : [];
	return [say(scenario.deniedBecause), ...unavailable];
}
