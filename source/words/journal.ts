import {localized, plural} from './language.js';

/*
 * The run journal's own words (source/journal/): why a journal could not be written, and why
 * `sts-mfa cleanup` did not use one it found (cleanup prints them after "Skipped the journal FILE:").
 */

const en = {
	invalidRunId: (runId: string) =>
		`run id '${runId}' cannot name a journal file (letters, digits, '.', '_' and '-' only)`,
	invalidAccount: 'the account must be a 12-digit AWS account id',
	closed: (runId: string) => `the journal of run ${runId} is already complete`,
	unknownKind: (kind: string) => `unknown resource kind '${kind}'`,
	invalidId: (kind: string) => `a ${kind} id must be an IAM name, ARN or key id`,
	writeFailed: (file: string, detail: string) => `could not write the run journal ${file}: ${detail}`,
	removeFailed: (file: string, detail: string) => `could not remove the run journal ${file}: ${detail}`,
	/** Why a journal's text does not validate (record.ts): nothing in it is used. */
	invalid: {
		notJson: 'not valid JSON',
		notAnObject: 'not a JSON object',
		version: (version: string) => `unsupported version ${version}`,
		runId: 'the run id is missing or invalid',
		pid: 'the pid is missing or invalid',
		records: 'the records are missing',
		account: 'the account is invalid',
		recordKind: (index: number) => `record ${index} has an unknown kind`,
		recordId: (index: number) => `record ${index} has an invalid id`,
		recordState: (index: number) => `record ${index} has an unknown state`,
		recordTime: (index: number) => `record ${index} has no timestamp`,
		targetKind: 'the target kind is missing or unknown',
		targetRegion: 'the target region is missing or invalid',
		targetProfile: 'the target profile is invalid',
		awsWithEndpoint: 'an AWS target must not name an endpoint',
		profileNotAws: 'only an AWS target names a profile',
		noEndpoint: 'an endpoint target names no endpoint',
		endpointNotPlain: 'the target endpoint is not a plain http(s) URL',
	},
	/** Why listJournals set a journal aside (list.ts). */
	notUsed: (detail: string) => `not used: ${detail}`,
	anotherHost: (hostname: string) =>
		`written on host '${hostname}', whose runs cannot be seen from here: left to that host (what it names is deleted only once older than --older-than, or with --run ID)`,
	directoryUnreadable: (code: string) => `the journal directory cannot be read (${code})`,
	unsafeDirectory: (reason: string, count: number) =>
		`${reason}; ${plural(count, {one: 'its # journal is', other: 'its # journals are'})} not used`,
};

export const JOURNAL_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		invalidRunId: (runId) =>
			`o ID de execução '${runId}' não pode dar nome a um arquivo de diário (só letras, dígitos, '.', '_' e '-')`,
		invalidAccount: 'a conta deve ser um ID de conta da AWS de 12 dígitos',
		closed: (runId) => `o diário da execução ${runId} já foi concluído`,
		unknownKind: (kind) => `tipo de recurso desconhecido '${kind}'`,
		invalidId: (kind) => `o ID de um ${kind} deve ser um nome do IAM, um ARN ou um ID de chave`,
		writeFailed: (file, detail) => `não foi possível gravar o diário da execução ${file}: ${detail}`,
		removeFailed: (file, detail) => `não foi possível remover o diário da execução ${file}: ${detail}`,
		invalid: {
			notJson: 'não é um JSON válido',
			notAnObject: 'não é um objeto JSON',
			version: (version) => `versão sem suporte ${version}`,
			runId: 'o ID da execução está ausente ou é inválido',
			pid: 'o pid está ausente ou é inválido',
			records: 'os registros estão ausentes',
			account: 'a conta é inválida',
			recordKind: (index) => `o registro ${index} tem um tipo desconhecido`,
			recordId: (index) => `o registro ${index} tem um ID inválido`,
			recordState: (index) => `o registro ${index} tem um estado desconhecido`,
			recordTime: (index) => `o registro ${index} não tem data e hora`,
			targetKind: 'o tipo de alvo está ausente ou é desconhecido',
			targetRegion: 'a região do alvo está ausente ou é inválida',
			targetProfile: 'o perfil do alvo é inválido',
			awsWithEndpoint: 'um alvo AWS não pode indicar um endpoint',
			profileNotAws: 'só um alvo AWS indica um perfil',
			noEndpoint: 'um alvo do tipo endpoint não indica nenhum endpoint',
			endpointNotPlain: 'o endpoint do alvo não é uma URL http(s) simples',
		},
		notUsed: (detail) => `não usado: ${detail}`,
		anotherHost: (hostname) =>
			`gravado no host '${hostname}', cujas execuções não podem ser vistas daqui: fica para esse host (o que ele menciona só é excluído quando for mais antigo que --older-than, ou com --run ID)`,
		directoryUnreadable: (code) => `o diretório dos diários não pode ser lido (${code})`,
		unsafeDirectory: (reason, count) =>
			`${reason}; ${plural(count, {one: 'o # diário dele não é usado', other: 'os # diários dele não são usados'})}`,
	},
});
