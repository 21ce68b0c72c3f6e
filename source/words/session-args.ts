import {localized} from './language.js';

/* `sts-mfa session`'s refusals of its command line (exit 2). */

const en = {
	durationShape: (text: string) => `--duration needs a length such as 12h, 90m or 3600s, got '${text}'`,
	durationRange: (text: string) => `--duration must be between 15m and 36h (900 to 129600 seconds), got '${text}'`,
	/** Node's parseArgs message, without its hint about '--', which would mislead here. */
	parser: (message: string) => `${message} (see 'sts-mfa session --help')`,
	execNeedsCommand: "session exec needs the command after '--', e.g. sts-mfa session exec -- aws s3 ls",
	unexpectedWord: (word: string | undefined) =>
		`unexpected '${word}': the only word 'sts-mfa session' takes is exec (see 'sts-mfa session --help')`,
	separatorWithoutExec: "'--' and a command only go with 'sts-mfa session exec'",
	twoCodeSources: '--token-code and --mfa-process cannot be used together: pick one source of codes',
	tokenCodeShape: (code: string) => `--token-code needs the 6-digit code your authenticator shows, got '${code}'`,
	mfaProcessEmpty: '--mfa-process needs a command',
	regionShape: (region: string) => `--region needs a region name such as us-east-1, got '${region}'`,
	formatChoice: (formats: readonly string[], format: string) =>
		`--format must be one of ${formats.join(', ')}, got '${format}'`,
	writeProfileShape: (name: string) =>
		`--write-profile needs a profile name (letters, digits, . _ - @ +), got '${name}'`,
	execWithOutput: 'session exec hands the session to the command: --format and --write-profile do not apply',
	writeProfileIsSource: (name: string) => `--write-profile names the source profile '${name}': name another one`,
};

export const SESSION_ARG_ERRORS = localized<typeof en>({
	en,
	'pt-BR': {
		durationShape: (text) => `--duration precisa de uma duração como 12h, 90m ou 3600s, recebeu '${text}'`,
		durationRange: (text) => `--duration deve ficar entre 15m e 36h (900 a 129600 segundos), recebeu '${text}'`,
		parser: (message) => `${message} (veja 'sts-mfa session --help')`,
		execNeedsCommand: "session exec precisa do comando depois de '--', por exemplo sts-mfa session exec -- aws s3 ls",
		unexpectedWord: (word) =>
			`'${word}' inesperado: a única palavra que 'sts-mfa session' aceita é exec (veja 'sts-mfa session --help')`,
		separatorWithoutExec: "'--' e um comando só valem com 'sts-mfa session exec'",
		twoCodeSources: '--token-code e --mfa-process não podem ser usados juntos: escolha uma fonte de códigos',
		tokenCodeShape: (code) =>
			`--token-code precisa do código de 6 dígitos que seu autenticador mostra, recebeu '${code}'`,
		mfaProcessEmpty: '--mfa-process precisa de um comando',
		regionShape: (region) => `--region precisa de um nome de região como us-east-1, recebeu '${region}'`,
		formatChoice: (formats, format) => `--format deve ser um de ${formats.join(', ')}, recebeu '${format}'`,
		writeProfileShape: (name) =>
			`--write-profile precisa de um nome de perfil (letras, dígitos, . _ - @ +), recebeu '${name}'`,
		execWithOutput: 'session exec entrega a sessão ao comando: --format e --write-profile não se aplicam',
		writeProfileIsSource: (name) => `--write-profile aponta para o perfil de origem '${name}': escolha outro`,
	},
});
