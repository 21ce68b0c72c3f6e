import {localized} from './language.js';

/* Where `sts-mfa session` gets its code: --mfa-process's failures. */

const en = {
	failed: (reason: string) => `--mfa-process ${reason}`,
	exitedWithoutCode: (how: string) => `exited with ${how} and gave no code`,
	noCodeOnFirstLine: 'printed no 6-digit code on its first line',
	lineTooLong: 'printed more than one short line before a line break: no code',
	timedOut: (seconds: number) => `gave no code in ${seconds} s and was stopped`,
	stoppedBySignal: (signal: string) =>
		`was stopped, with everything it started, because sts-mfa got ${signal}: no session was made`,
	couldNotStart: (reason: string) => `could not start: ${reason}`,
};

export const MFA_PROCESS_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		failed: (reason) => `--mfa-process ${reason}`,
		exitedWithoutCode: (how) => `terminou com ${how} e não deu código`,
		noCodeOnFirstLine: 'não imprimiu um código de 6 dígitos na primeira linha',
		lineTooLong: 'imprimiu mais que uma linha curta antes de uma quebra de linha: nenhum código',
		timedOut: (seconds) => `não deu código em ${seconds} s e foi interrompido`,
		stoppedBySignal: (signal) =>
			`foi interrompido, com tudo o que iniciou, porque o sts-mfa recebeu ${signal}: nenhuma sessão foi criada`,
		couldNotStart: (reason) => `não pôde iniciar: ${reason}`,
	},
});
