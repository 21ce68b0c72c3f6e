import {localized, say} from './language.js';
import type {ScenarioDeclaration} from '../scenario/declaration.js';
import type {DecidingStatement, DenialExplanation, KeyValue, StatementCondition} from '../scenario/denial/types.js';

/*
 * Why the denied request was denied, in sentences a learner follows: the deciding statement with
 * its condition, the request's value of the key and what that made of the condition. Shared by the
 * dashboard's results panel and plain mode; views wrap each sentence, never cut one. Short enough
 * that force-mfa's four fit the detail panel at 80x24. Effects (Allow, Deny), operators and keys
 * stay as the policy writes them.
 */

type Simulated = Extract<DenialExplanation, {kind: 'simulated'}>;

const en = {
	keyValues: {
		absent: (key: string, absentBecause: string) => `The request had no ${key} (${absentBecause})`,
		false: (key: string) => `The request had ${key} = false (a session issued without MFA)`,
		true: (key: string) => `The request had ${key} = true (a session issued with MFA)`,
	} satisfies {readonly [V in Exclude<KeyValue, object>]: (key: string, absentBecause: string) => string},
	/** Why a request has no MFA key at all, unless the declaration says otherwise. */
	absentBecause: 'a long-term key never has one',
	age: (key: string, seconds: number) => `The request had ${key} = ${seconds} (seconds since the MFA code)`,
	/** The Bool variant's decision, and for the expected one why it is a mistake. */
	withBool: {
		allowed: 'allowed — an absent key never matches Bool.',
		implicitDeny: 'denied by default.',
		explicitDeny: 'denied by the Deny as well.',
	},
	withBoolLine: (decision: string) => `With Bool instead of BoolIfExists: ${decision}`,
	allBut: (count: number) => ` on all but ${count} actions`,
	on: (names: string) => ` on ${names}`,
	trustPolicy: "The role's trust policy: ",
	aStatement: 'A statement',
	when: (condition: string) => ` when ${condition}`,
	theCondition: 'the condition',
	matched: (had: string, condition: string) => `${had}: ${condition} matched, so the Deny applied.`,
	didNotMatch: (had: string, condition: string) => `${had}: ${condition} did not match, so it is denied by default.`,
	contradicts: (had: string) => `${had}; the simulator says this request is allowed, which the denial contradicts.`,
	noStatement: 'The simulator named no statement, with or without MFA.',
	unavailable: (reason: string) => `(The policy simulator was not available: ${reason}.)`,
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		keyValues: {
			absent: (key, absentBecause) => `A solicitação não tinha ${key} (${absentBecause})`,
			false: (key) => `A solicitação tinha ${key} = false (uma sessão emitida sem MFA)`,
			true: (key) => `A solicitação tinha ${key} = true (uma sessão emitida com MFA)`,
		},
		absentBecause: 'uma chave de longo prazo nunca tem',
		age: (key, seconds) => `A solicitação tinha ${key} = ${seconds} (segundos desde o código de MFA)`,
		withBool: {
			allowed: 'permitida — uma chave ausente nunca corresponde a Bool.',
			implicitDeny: 'negada por padrão.',
			explicitDeny: 'negada pelo Deny também.',
		},
		withBoolLine: (decision) => `Com Bool em vez de BoolIfExists: ${decision}`,
		allBut: (count) => ` em todas as ações menos ${count}`,
		on: (names) => ` em ${names}`,
		trustPolicy: 'A política de confiança da função: ',
		aStatement: 'Uma declaração',
		when: (condition) => ` quando ${condition}`,
		theCondition: 'a condição',
		matched: (had, condition) => `${had}: ${condition} correspondeu, então o Deny se aplicou.`,
		didNotMatch: (had, condition) => `${had}: ${condition} não correspondeu, então ela é negada por padrão.`,
		contradicts: (had) => `${had}; o simulador diz que esta solicitação é permitida, o que contradiz a negação.`,
		noStatement: 'O simulador não apontou nenhuma declaração, com ou sem MFA.',
		unavailable: (reason) => `(O simulador de políticas não estava disponível: ${reason}.)`,
	},
});

/** "The request had aws:MultiFactorAuthAge = 34 (seconds since the MFA code)". */
function keyValueText(scenario: ScenarioDeclaration, key: string, value: KeyValue): string {
	if (typeof value === 'object') return WORDS.age(key, value.seconds);
	const {absentBecause} = scenario.context;
	return WORDS.keyValues[value](key, absentBecause ? say(absentBecause) : WORDS.absentBecause);
}

function actionsText(actions: DecidingStatement['actions']): string {
	if (!actions || actions.names.length === 0) return '';
	return actions.not ? WORDS.allBut(actions.names.length) : WORDS.on(actions.names.join(', '));
}

const conditionText = (condition: StatementCondition) => `${condition.operator} ${condition.key} ${condition.value}`;

/**
 * 'Deny "DenyAll…" on all but 7 actions when BoolIfExists aws:… false'. The user's own policy is
 * the one the resources panel shows; a trust policy is named, since it is not the user's.
 */
function statementText(scenario: ScenarioDeclaration, statement: DecidingStatement): string {
	const policy = scenario.denialProbe.policies === 'trust' ? WORDS.trustPolicy : '';
	const sid = statement.sid ? ` "${statement.sid}"` : '';
	const condition = statement.condition ? WORDS.when(conditionText(statement.condition)) : '';
	return `${policy}${statement.effect ?? WORDS.aStatement}${sid}${actionsText(statement.actions)}${condition}`;
}

/** What the key's value made of the condition, and so of the request. */
function verdict(
	scenario: ScenarioDeclaration,
	explanation: Simulated,
	condition: StatementCondition | undefined,
): string {
	const had = keyValueText(scenario, explanation.key, explanation.keyValue);
	const short = condition ? `${condition.operator} … ${condition.value}` : WORDS.theCondition;
	if (explanation.decision === 'explicitDeny') return WORDS.matched(had, short);
	if (explanation.decision === 'implicitDeny') return WORDS.didNotMatch(had, short);
	return WORDS.contradicts(had);
}

function simulatedLines(scenario: ScenarioDeclaration, explanation: Simulated): string[] {
	const {statement} = explanation;
	return [
		statement ? statementText(scenario, statement) : WORDS.noStatement,
		verdict(scenario, explanation, statement?.condition),
		...(explanation.withBool ? [WORDS.withBoolLine(WORDS.withBool[explanation.withBool])] : []),
	];
}

/** The denied step's explanation; without the simulator, the declaration's sentence. */
export function denialLines(scenario: ScenarioDeclaration, explanation: DenialExplanation | undefined): string[] {
	if (explanation?.kind === 'simulated') return simulatedLines(scenario, explanation);
	// The scenario's sentence first: where rows are short, it is the one to keep.
	const unavailable = explanation?.kind === 'unavailable' ? [WORDS.unavailable(explanation.reason)] : [];
	return [say(scenario.deniedBecause), ...unavailable];
}
