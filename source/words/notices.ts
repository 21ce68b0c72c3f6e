import {localized, plural, say} from './language.js';
import {describeLeftBehind} from '../words/resources.js';
import {clockSkewWarning} from '../scenario/clock.js';
import type {ScenarioDeclaration} from '../scenario/declaration.js';
import {type CodeProblem, NOTICE_LEVELS, type Notice, type NoticeLevel} from '../scenario/notices.js';

/*
 * The words for the scenario's notices, shared by the dashboard and plain mode: one source for
 * each explanation. A front end that needs other words for a kind handles that kind first.
 */

const en = {
	codeProblems: {
		notSixDigits: 'An MFA code is exactly 6 digits.',
		invalid:
			"Code not valid for this device: check that the authenticator scanned this run's QR code and that its clock is right, then type the current code.",
		reused: 'That code was already used; wait for the next code (a new one appears every 30 seconds).',
		notConsecutive:
			'The two codes are not consecutive: type the current code, then wait for the next one and type that.',
	} satisfies {readonly [P in CodeProblem]: string},
	clockSkew: (seconds: number, behind: boolean) =>
		`This machine's clock is ${seconds} s ${behind ? 'behind' : 'ahead of'} the server's: the built-in authenticator's codes will be refused, and TOTP needs the clocks within 30 s. Fix the clock (NTP) or use your phone's codes.`,
	rootCaller:
		'You are signed in as the account root user: use an IAM user or role with IAM permissions instead where you can.',
	missingPermissions: (actions: string) => `Missing permissions: ${actions}`,
	permissionsUnchecked: (reason: string) => `Could not check permissions in advance (${reason}); continuing.`,
	nothingCreated: 'Nothing was created.',
	askingAuthenticator: 'Asking the built-in authenticator for the code(s)…',
	authenticatorWaiting: (seconds: number) =>
		`The built-in authenticator is waiting ${seconds} s for a fresh code (the last one was already used).`,
	stillTearingDown: 'Still tearing down; sts-mfa exits as soon as everything is deleted (q or Ctrl-C: leave now).',
	teardownDeadline: (seconds: number) =>
		`Tearing down for at most ${seconds} s, then sts-mfa leaves and keeps the journal of anything left (Ctrl-C again: leave now).`,
	resources: (count: number) => plural(count, {one: '# resource', other: '# resources'}),
	leftoversRemain: (count: number) =>
		plural(count, {
			one: "# resource left by earlier runs is still on this target: run 'sts-mfa cleanup' to delete it.",
			other: "# resources left by earlier runs are still on this target: run 'sts-mfa cleanup' to delete them.",
		}),
	leftoversUnchecked: (reason: string) => `Could not look for leftovers of earlier runs (${reason}); continuing.`,
	leftoversDeleted: (resources: string) => `Deleted the ${resources} earlier runs left behind.`,
	leftoversNotDeleted: (count: number, reason: string) =>
		plural(count, {
			one: `Could not delete # resource left by earlier runs (${reason}); run 'sts-mfa cleanup' to delete it later.`,
			other: `Could not delete # resources left by earlier runs (${reason}); run 'sts-mfa cleanup' to delete them later.`,
		}),
	leftoversKept: (count: number) =>
		plural(count, {
			one: "Left # resource from earlier runs in place; 'sts-mfa cleanup' deletes it later.",
			other: "Left # resources from earlier runs in place; 'sts-mfa cleanup' deletes them later.",
		}),
};

export const NOTICE_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		codeProblems: {
			notSixDigits: 'Um código de MFA tem exatamente 6 dígitos.',
			invalid:
				'Código inválido para este dispositivo: confira se o autenticador leu o código QR desta execução e se o relógio dele está certo, depois digite o código atual.',
			reused: 'Esse código já foi usado; espere o próximo (aparece um novo a cada 30 segundos).',
			notConsecutive:
				'Os dois códigos não são consecutivos: digite o código atual, depois espere o próximo e digite-o.',
		},
		clockSkew: (seconds, behind) =>
			`O relógio desta máquina está ${seconds} s ${behind ? 'atrasado em relação ao' : 'adiantado em relação ao'} do servidor: os códigos do autenticador embutido serão recusados, e o TOTP precisa dos relógios a menos de 30 s. Acerte o relógio (NTP) ou use os códigos do celular.`,
		rootCaller:
			'Você entrou como usuário raiz da conta: sempre que puder, use um usuário ou uma função do IAM com permissões do IAM.',
		missingPermissions: (actions) => `Permissões ausentes: ${actions}`,
		permissionsUnchecked: (reason) => `Não foi possível verificar as permissões antes (${reason}); seguindo.`,
		nothingCreated: 'Nada foi criado.',
		askingAuthenticator: 'Pedindo o(s) código(s) ao autenticador embutido…',
		authenticatorWaiting: (seconds) =>
			`O autenticador embutido está esperando ${seconds} s por um código novo (o último já foi usado).`,
		stillTearingDown: 'Ainda desfazendo tudo; o sts-mfa sai assim que tudo for excluído (q ou Ctrl-C: sair agora).',
		teardownDeadline: (seconds) =>
			`Desfazendo tudo por no máximo ${seconds} s; depois o sts-mfa sai e guarda o diário do que restar (Ctrl-C de novo: sair agora).`,
		resources: (count) => plural(count, {one: '# recurso', other: '# recursos'}),
		leftoversRemain: (count) =>
			plural(count, {
				one: "# recurso deixado por execuções anteriores ainda está neste destino: execute 'sts-mfa cleanup' para excluí-lo.",
				other:
					"# recursos deixados por execuções anteriores ainda estão neste destino: execute 'sts-mfa cleanup' para excluí-los.",
			}),
		leftoversUnchecked: (reason) => `Não foi possível procurar sobras de execuções anteriores (${reason}); seguindo.`,
		leftoversDeleted: (resources) => `Excluídos: ${resources} que execuções anteriores deixaram para trás.`,
		leftoversNotDeleted: (count, reason) =>
			plural(count, {
				one: `Não foi possível excluir # recurso deixado por execuções anteriores (${reason}); execute 'sts-mfa cleanup' para excluí-lo depois.`,
				other: `Não foi possível excluir # recursos deixados por execuções anteriores (${reason}); execute 'sts-mfa cleanup' para excluí-los depois.`,
			}),
		leftoversKept: (count) =>
			plural(count, {
				one: "# recurso de execuções anteriores mantido no lugar; 'sts-mfa cleanup' o exclui depois.",
				other: "# recursos de execuções anteriores mantidos no lugar; 'sts-mfa cleanup' os exclui depois.",
			}),
	},
});

export function codeProblemText(problem: CodeProblem): string {
	return NOTICE_WORDS.codeProblems[problem];
}

function withSkew(text: string, skewMs: number | undefined): string {
	const skew = clockSkewWarning(skewMs);
	return skew ? `${text} ${skew}` : text;
}

type Words = {
	readonly [K in Notice['kind']]: (notice: Extract<Notice, {kind: K}>, scenario: ScenarioDeclaration) => string;
};

const W = NOTICE_WORDS;

const WORDS: Words = {
	clockSkew: ({skewMs}) => clockSkewWarning(skewMs) ?? '',
	rootCaller: ({clockSkewMs}) => withSkew(W.rootCaller, clockSkewMs),
	missingPermissions: ({actions, clockSkewMs}) =>
		[W.missingPermissions(actions.join(', ')), clockSkewWarning(clockSkewMs)].filter(Boolean).join('. '),
	permissionsUnchecked: ({reason}) => W.permissionsUnchecked(reason),
	preflightFailed: ({error}) => error.message,
	nothingCreated: () => W.nothingCreated,
	askingAuthenticator: () => W.askingAuthenticator,
	authenticatorWaiting: ({seconds}) => W.authenticatorWaiting(seconds),
	codeRefused: ({refusal}) => codeProblemText(refusal),
	deniedAsExpected: (_notice, scenario) => say(scenario.deniedBecause),
	stepFailed: ({error}) => error.message,
	stillTearingDown: () => W.stillTearingDown,
	teardownDeadline: ({seconds}) => W.teardownDeadline(seconds),
	leftBehind: ({items}) => describeLeftBehind(items),
	leftoversRemain: ({count}) => W.leftoversRemain(count),
	leftoversUnchecked: ({reason}) => W.leftoversUnchecked(reason),
	leftoversDeleted: ({count}) => W.leftoversDeleted(W.resources(count)),
	leftoversNotDeleted: ({count, reason}) => W.leftoversNotDeleted(count, reason),
	leftoversKept: ({count}) => W.leftoversKept(count),
};

export interface NoticeWords {
	readonly level: NoticeLevel;
	readonly text: string;
}

export function noticeWords<K extends Notice['kind']>(
	notice: Extract<Notice, {kind: K}> & {readonly kind: K},
	scenario: ScenarioDeclaration,
): NoticeWords {
	const words: (notice: Extract<Notice, {kind: K}>, scenario: ScenarioDeclaration) => string = WORDS[notice.kind];
	return {level: NOTICE_LEVELS[notice.kind], text: words(notice, scenario)};
}
