import {localized} from './language.js';

/* How sts-mfa refuses a command line (exit status 2): the parser's refusals and each flag's own. */

const en = {
	/** Node's parseArgs refusals, said again in the language in force. */
	parser: {
		unknownOption: (option: string) => `Unknown option '${option}'`,
		missingValue: (option: string) => `Option '${option}' needs a value`,
		dashValue: (option: string) =>
			`Option '${option}' is followed by an option, not its value (a value that starts with a dash is written ${option}=-VALUE)`,
		takesNoValue: (option: string) => `Option '${option}' takes no value`,
		unexpectedArgument: (argument: string) => `Unexpected argument '${argument}': this command takes none`,
	},
	inCommand: (refusal: string, command: string) =>
		`${refusal} (in 'sts-mfa ${command}'; see 'sts-mfa ${command} --help')`,
	unknownCommand: (command: string, commands: readonly string[]) =>
		`unknown command '${command}'; commands are: ${commands.join(', ')} (see 'sts-mfa --help')`,
	noHelp: (topic: string, commands: readonly string[]) =>
		`no help for '${topic}': commands are ${commands.join(', ')} (see 'sts-mfa --help')`,
	number: (flag: string, value: string) => `${flag} needs a number, got '${value}'`,
	range: (flag: string, min: number, max: number, value: string) =>
		`${flag} must be between ${min} and ${max}, got ${value}`,
	duration: (flag: string, value: string) => `${flag} needs a duration such as 30m, 2h or 1d, got '${value}'`,
	runId: (value: string) => `--run needs a run id (the value of a resource's sts-mfa:run tag), got '${value}'`,
	accountId: (value: string) => `--account-id needs 12 digits, got '${value}'`,
	twoSecrets: '--secret-access-key and --secret-access-key-file cannot be used together: pick one',
	propagationDelayTarget: '--propagation-delay only applies to the embedded sandbox (no --aws or --endpoint)',
	scenario: (names: readonly string[], value: string) =>
		`--scenario must be one of ${names.join(', ')} (got '${value}')`,
	/** Where AWS calls go: run, cleanup and check share these. */
	target: {
		awsAndEndpoint: '--aws and --endpoint cannot be used together: pick one target',
		profileWithoutAws: '--profile only applies to a real account: add --aws',
		endpointUrl: (value: string) => `--endpoint needs a URL such as http://127.0.0.1:4566, got '${value}'`,
		endpointScheme: (value: string) => `--endpoint must be an http:// or https:// URL, got '${value}'`,
		region: (value: string) => `--region needs a region name such as us-east-1, got '${value}'`,
	},
};

export const CLI_ARG_ERRORS = localized<typeof en>({
	en,
	'pt-BR': {
		parser: {
			unknownOption: (option) => `Opção desconhecida '${option}'`,
			missingValue: (option) => `A opção '${option}' precisa de um valor`,
			dashValue: (option) =>
				`A opção '${option}' é seguida de outra opção, não do seu valor (um valor que começa com hífen se escreve ${option}=-VALOR)`,
			takesNoValue: (option) => `A opção '${option}' não aceita valor`,
			unexpectedArgument: (argument) => `Argumento inesperado '${argument}': este comando não aceita argumentos`,
		},
		inCommand: (refusal, command) => `${refusal} (em 'sts-mfa ${command}'; veja 'sts-mfa ${command} --help')`,
		unknownCommand: (command, commands) =>
			`comando desconhecido '${command}'; os comandos são: ${commands.join(', ')} (veja 'sts-mfa --help')`,
		noHelp: (topic, commands) =>
			`não há ajuda para '${topic}': os comandos são ${commands.join(', ')} (veja 'sts-mfa --help')`,
		number: (flag, value) => `${flag} precisa de um número, recebeu '${value}'`,
		range: (flag, min, max, value) => `${flag} deve ficar entre ${min} e ${max}, recebeu ${value}`,
		duration: (flag, value) => `${flag} precisa de uma duração como 30m, 2h ou 1d, recebeu '${value}'`,
		runId: (value) =>
			`--run precisa do ID de uma execução (o valor da tag sts-mfa:run de um recurso), recebeu '${value}'`,
		accountId: (value) => `--account-id precisa de 12 dígitos, recebeu '${value}'`,
		twoSecrets: '--secret-access-key e --secret-access-key-file não podem ser usados juntos: escolha um',
		propagationDelayTarget: '--propagation-delay só vale para o sandbox embutido (sem --aws nem --endpoint)',
		scenario: (names, value) => `--scenario deve ser um destes: ${names.join(', ')} (recebeu '${value}')`,
		target: {
			awsAndEndpoint: '--aws e --endpoint não podem ser usados juntos: escolha um alvo',
			profileWithoutAws: '--profile só vale para uma conta real: adicione --aws',
			endpointUrl: (value) => `--endpoint precisa de uma URL como http://127.0.0.1:4566, recebeu '${value}'`,
			endpointScheme: (value) => `--endpoint deve ser uma URL http:// ou https://, recebeu '${value}'`,
			region: (value) => `--region precisa de um nome de região como us-east-1, recebeu '${value}'`,
		},
	},
});
