import {localized} from './language.js';

/* Plain mode's own words (the log a script reads). */

const en = {
	inputEndedLine: 'error: the input ended before an MFA code was entered; tearing down.',
	/** After an answer read from a pipe or a file, which echoes nothing: what was read, on its own line. */
	answerRead: (line: string) => `    read: ${line === '' ? '(an empty line)' : line}`,
	/** `n` at the confirmation. */
	nothingCreated: 'Cancelled at the confirmation: nothing was created.',
	sandboxTarget: (endpoint: string | undefined) =>
		`the embedded local sandbox at ${endpoint ?? '(starting)'} (not AWS)`,
	endpointTarget: (endpoint: string, region: string) => `the endpoint ${endpoint} (region ${region})`,
	configuredEndpointTarget: (endpoint: string, region: string, profile: string | undefined) =>
		`the endpoint ${endpoint} (from the AWS configuration; region ${region}${profile ? `, profile ${profile}` : ''})`,
	awsTarget: (region: string, profile: string | undefined) =>
		`AWS, region ${region}${profile ? `, profile ${profile}` : ''}`,
	aboutToCreate: (account: string, arn: string, path: string) =>
		`About to create in account ${account} (${arn}), under the IAM path ${path}:`,
	continue: 'Everything is deleted at the end. Continue? [y/N] ',
	qrOnlyOnTerminal:
		'    The QR code holds the MFA seed, so it is drawn only when the log goes to a terminal (or use --auto-mfa).',
	qrNeedsUtf8: (locale: string) =>
		`    The QR code needs a UTF-8 terminal (here ${locale}): run with LANG=C.UTF-8, or without --plain and press s for the secret key.`,
	scanQr: '    Scan this QR code with your authenticator app, then type the codes it shows:',
	qrLight: 'Drawn for a light terminal background (without --light-background, for a dark one).',
	qrDark: 'Drawn for a dark terminal background; on a light one run with --light-background.',
	header: (scenario: string, target: string) => `sts-mfa: MFA ${scenario} demo against ${target}`,
	codePrompt: (which: string) => `MFA code${which}: `,
	codeOf: (number: number, next: boolean) => ` ${number} of 2${next ? ' (the NEXT code, after it changes)' : ''}`,
	freshCode: ' (a fresh one)',
	proved: (line: string) => `Proved: ${line}.`,
	notProved: 'The demo did not prove its point.',
	teardownComplete: 'Teardown complete: nothing left behind.',
	/** Only a deletion whose create was cut short remains: it may never have existed, and the journal is kept. */
	teardownIncomplete: (command: string) =>
		`Teardown incomplete: nothing is known to be left behind, but a step was cut short; run \`${command}\` to make sure.`,
};

export const PLAIN_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		inputEndedLine: 'erro: a entrada terminou antes de um código de MFA ser digitado; desfazendo tudo.',
		answerRead: (line) => `    lido: ${line === '' ? '(uma linha vazia)' : line}`,
		nothingCreated: 'Cancelado na confirmação: nada foi criado.',
		sandboxTarget: (endpoint) => `o sandbox local embutido em ${endpoint ?? '(iniciando)'} (não é a AWS)`,
		endpointTarget: (endpoint, region) => `o endpoint ${endpoint} (região ${region})`,
		configuredEndpointTarget: (endpoint, region, profile) =>
			`o endpoint ${endpoint} (da configuração da AWS; região ${region}${profile ? `, perfil ${profile}` : ''})`,
		awsTarget: (region, profile) => `a AWS, região ${region}${profile ? `, perfil ${profile}` : ''}`,
		aboutToCreate: (account, arn, path) => `Será criado na conta ${account} (${arn}), no caminho do IAM ${path}:`,
		continue: 'Tudo é excluído no final. Continuar? [y/N] ',
		qrOnlyOnTerminal:
			'    O código QR contém a semente do MFA, então só é desenhado quando o log vai para um terminal (ou use --auto-mfa).',
		qrNeedsUtf8: (locale) =>
			`    O código QR precisa de um terminal UTF-8 (aqui ${locale}): execute com LANG=C.UTF-8, ou sem --plain e pressione s para ver a chave secreta.`,
		scanQr: '    Leia este código QR com o seu aplicativo autenticador e digite os códigos que ele mostrar:',
		qrLight: 'Desenhado para fundo de terminal claro (sem --light-background, para um escuro).',
		qrDark: 'Desenhado para fundo de terminal escuro; num claro, execute com --light-background.',
		header: (scenario, target) => `sts-mfa: demonstração de MFA ${scenario}, destino: ${target}`,
		codePrompt: (which) => `Código de MFA${which}: `,
		codeOf: (number, next) => ` ${number} de 2${next ? ' (o PRÓXIMO código, depois que ele mudar)' : ''}`,
		freshCode: ' (um novo)',
		proved: (line) => `Comprovado: ${line}.`,
		notProved: 'A demonstração não provou o que queria.',
		teardownComplete: 'Limpeza concluída: nada ficou para trás.',
		teardownIncomplete: (command) =>
			`Limpeza incompleta: não se sabe de nada deixado para trás, mas uma etapa foi interrompida; execute \`${command}\` para ter certeza.`,
	},
});

/** After an answer read from a pipe or a file, which echoes nothing: what was read, on its own line. */
export function answerRead(line: string): string {
	return PLAIN_WORDS.answerRead(line.trim());
}
