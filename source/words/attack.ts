import type {SimulationResult} from '../aws/types.js';
import type {AttackMove, AttackOutcome} from '../scenario/attack/types.js';
import {localized, plural} from './language.js';

/*
 * The stolen-key scenario's attack, in the lines a learner reads: who acts, what AWS answered, and
 * which rule decided. Shared by the dashboard's attack panel and plain mode. AWS's API names,
 * condition keys, error codes and bulletin ids stay as AWS writes them in both languages.
 */

type PerMove = {readonly [M in AttackMove]: string};
type PerDecision = {readonly [D in SimulationResult['decision']]: string};

const en = {
	/** Who acts in each move: the attacker holds only a user's access key; the operator sets the scene. */
	actor: {
		deactivateUsersDevice: "The attacker, holding only the user's access key",
		enrolSecondDevice: "The attacker, holding only the user's access key",
		newcomerWithKey: 'The operator sets the scene: a second user, same policy, a key and no device yet',
		enrolFirstDevice: "The attacker, holding only the second user's access key",
		applyFix: "The defender adds a Deny; the attacker tries again with the second user's key",
		lookUpEvents: "The defender, reading CloudTrail's event history",
	} satisfies PerMove,
	acting: (actor: string) => `Acting: ${actor}`,
	/** The request each move makes, as its result line names it. */
	request: {
		deactivateUsersDevice: "DeactivateMFADevice on the user's device",
		enrolSecondDevice: "EnableMFADevice: the attacker's device as the user's second",
		newcomerWithKey: 'CreateUser, PutUserPolicy, CreateAccessKey',
		enrolFirstDevice: "EnableMFADevice: the attacker's device as the second user's first",
		applyFix: "CreateVirtualMFADevice with the second user's key, under the fix",
		lookUpEvents: 'LookupEvents by each access key the attack used',
	} satisfies PerMove,
	decision: {
		allowed: 'allowed',
		implicitDeny: 'denied (no Allow matched)',
		explicitDeny: 'denied (an explicit Deny)',
	} satisfies PerDecision,
	refusedAnswer: (code: string) => `REFUSED (${code})`,
	allowedAnswer: 'ALLOWED',
	guard2023:
		"Refused by AWS's 2023 guard (AWS-2023-001): a user with an MFA device needs MFA credentials to enable or deactivate one.",
	byPolicy: (sid: string | undefined) =>
		`Refused by the policy${sid ? `: statement ${sid}` : ''}; a request signed with a long-term key has no aws:MultiFactorAuthPresent at all, and Null true matches exactly that.`,
	firstDeviceGap: (sessionKey: string, buckets: number) =>
		`The gap: a first device needs no MFA, so the stolen key enrolled one the attacker holds; its MFA session (${sessionKey}) listed ${plural(buckets, {one: '# bucket', other: '# buckets'})}, which the policy keeps behind MFA.`,
	none: 'none',
	simulatorAllowsGuarded: "The simulator: the policy allows it without MFA (Duo's gap).",
	simulatorSays: (decision: string) => `The simulator on the policy in force: ${decision}.`,
	userGuideSays: (decision: string) => `Today's IAM User Guide policy: ${decision}.`,
	refusedWord: (code: string) => `refused (${code})`,
	notAsExpected: (request: string, answered: string, because: string) =>
		`${request} was ${answered}: not what AWS answers today (${because})`,
	because: {
		guard: "does this endpoint apply AWS's 2023 guard?",
		firstDevice: 'a first device needs no MFA on AWS; does this endpoint refuse it?',
		fix: 'has IAM propagated the fix yet?',
		unexpected: 'unexpected',
	},
};

const WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		actor: {
			deactivateUsersDevice: 'o atacante, só com a chave de acesso do usuário',
			enrolSecondDevice: 'o atacante, só com a chave de acesso do usuário',
			newcomerWithKey:
				'o operador prepara o cenário: um segundo usuário, a mesma política, uma chave e ainda nenhum dispositivo',
			enrolFirstDevice: 'o atacante, só com a chave de acesso do segundo usuário',
			applyFix: 'o defensor adiciona um Deny; o atacante tenta de novo com a chave do segundo usuário',
			lookUpEvents: 'o defensor, lendo o histórico de eventos do CloudTrail',
		},
		acting: (actor) => `Quem age: ${actor}`,
		request: {
			deactivateUsersDevice: 'DeactivateMFADevice no dispositivo do usuário',
			enrolSecondDevice: 'EnableMFADevice: o dispositivo do atacante como o segundo do usuário',
			newcomerWithKey: 'CreateUser, PutUserPolicy, CreateAccessKey',
			enrolFirstDevice: 'EnableMFADevice: o dispositivo do atacante como o primeiro do segundo usuário',
			applyFix: 'CreateVirtualMFADevice com a chave do segundo usuário, sob a correção',
			lookUpEvents: 'LookupEvents por cada chave de acesso usada no ataque',
		},
		decision: {
			allowed: 'permitido',
			implicitDeny: 'negado (nenhum Allow correspondeu)',
			explicitDeny: 'negado (um Deny explícito)',
		},
		refusedAnswer: (code) => `RECUSADO (${code})`,
		allowedAnswer: 'PERMITIDO',
		guard2023:
			'Recusado pela proteção de 2023 da AWS (AWS-2023-001): um usuário com dispositivo de MFA precisa de credenciais com MFA para ativar ou desativar um.',
		byPolicy: (sid) =>
			`Recusado pela política${sid ? `: instrução ${sid}` : ''}; uma solicitação assinada com uma chave de longo prazo não tem aws:MultiFactorAuthPresent, e Null true corresponde exatamente a isso.`,
		firstDeviceGap: (sessionKey, buckets) =>
			`A brecha: o primeiro dispositivo não exige MFA, então a chave roubada registrou um que o atacante controla; a sessão com MFA dele (${sessionKey}) listou ${plural(buckets, {one: '# bucket', other: '# buckets'})}, que a política protege com MFA.`,
		none: 'nenhuma',
		simulatorAllowsGuarded: 'O simulador: a política permite isso sem MFA (a brecha da Duo).',
		simulatorSays: (decision) => `O simulador, na política em vigor: ${decision}.`,
		userGuideSays: (decision) => `A política atual do Guia do usuário do IAM: ${decision}.`,
		refusedWord: (code) => `recusado (${code})`,
		notAsExpected: (request, answered, because) =>
			`${request} foi ${answered}: não é o que a AWS responde hoje (${because})`,
		because: {
			guard: 'este endpoint aplica a proteção de 2023 da AWS?',
			firstDevice: 'na AWS o primeiro dispositivo não exige MFA; este endpoint o recusa?',
			fix: 'o IAM já propagou a correção?',
			unexpected: 'inesperado',
		},
	},
});

/** Who acts in a move. */
export function actorLine(move: AttackMove): string {
	return WORDS.acting(WORDS.actor[move]);
}

const errorCodeOf = (outcome: AttackOutcome): string => outcome.errorCode ?? 'AccessDenied';

/** "DeactivateMFADevice on the user's device: REFUSED (AccessDenied)". */
export function outcomeLine(outcome: AttackOutcome): string {
	const answer = outcome.refused ? WORDS.refusedAnswer(errorCodeOf(outcome)) : WORDS.allowedAnswer;
	return `${WORDS.request[outcome.move]}: ${answer}`;
}

function ruleLine(outcome: AttackOutcome): string | undefined {
	if (outcome.rule === 'guard2023') return WORDS.guard2023;
	if (outcome.rule === 'policy') return WORDS.byPolicy(outcome.sid);
	if (outcome.move === 'enrolFirstDevice')
		return WORDS.firstDeviceGap(outcome.session?.accessKeyId ?? WORDS.none, outcome.buckets?.length ?? 0);
	return undefined;
}

function simulatorLines(outcome: AttackOutcome): string[] {
	const lines: string[] = [];
	if (outcome.policyDecision === 'allowed' && outcome.rule === 'guard2023') lines.push(WORDS.simulatorAllowsGuarded);
	else if (outcome.policyDecision) lines.push(WORDS.simulatorSays(WORDS.decision[outcome.policyDecision]));
	if (outcome.userGuideDecision) lines.push(WORDS.userGuideSays(WORDS.decision[outcome.userGuideDecision]));
	return lines;
}

/** The outcome, the deciding rule and what the simulator says, one sentence a line. */
export function outcomeLines(outcome: AttackOutcome): string[] {
	const rule = ruleLine(outcome);
	return [outcomeLine(outcome), ...(rule ? [rule] : []), ...simulatorLines(outcome)];
}

const BECAUSE: {readonly [M in AttackMove]?: keyof typeof en.because} = {
	deactivateUsersDevice: 'guard',
	enrolSecondDevice: 'guard',
	enrolFirstDevice: 'firstDevice',
	applyFix: 'fix',
};

/** A move AWS answered otherwise than today's AWS does: the lesson was not shown. */
export function attackNotAsExpected(outcome: AttackOutcome): string {
	const answered = outcome.refused ? WORDS.refusedWord(errorCodeOf(outcome)) : WORDS.allowedAnswer;
	const because = WORDS.because[BECAUSE[outcome.move] ?? 'unexpected'];
	return WORDS.notAsExpected(WORDS.request[outcome.move], answered, because);
}
