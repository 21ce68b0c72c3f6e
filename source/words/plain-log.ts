import {localized} from './language.js';

/* The lines plain mode prints as the run goes (plain/describe.ts): steps, resources, results. */

const en = {
	started: (label: string) => `${label} …`,
	done: (label: string, took: string) => `${label}: done${took}`,
	failed: (label: string, took: string, message: string) => `${label}: FAILED${took}: ${message}`,
	unknownError: 'unknown error',
	skipped: (label: string) => `${label}: skipped`,
	user: (arn: string) => `    user ${arn}`,
	mfaDevice: (serial: string) => `    MFA device ${serial}`,
	accessKey: (id: string) => `    access key ${id} (secret kept in memory only)`,
	managedPolicy: (arn: string) => `    managed policy ${arn}: s3:ListAllMyBuckets`,
	role: (arn: string) => `    role ${arn}: trusts the demo user only with aws:MultiFactorAuthPresent = true`,
	inlinePolicy: (name: string, summary: string) => `    inline policy ${name}: ${summary}`,
	propagating: (check: number, elapsed: string, keyWorks: boolean, policyInForce: boolean) =>
		`    waiting for IAM to propagate: check ${check}, ${elapsed} s, key works: ${keyWorks ? 'yes' : 'not yet'}, policy in force: ${policyInForce ? 'yes' : 'not yet'}`,
	wronglyAllowed: (line: string, buckets: number) =>
		`    ${line} (${buckets} buckets): the demo did not prove its point.`,
	asItShouldBe: (line: string) => `    ${line}, as it should be.`,
	noBuckets: '(no buckets)',
	assumedAs: (arn: string) => `    as ${arn}`,
	session: (id: string, expires: string) => `    session ${id} expires ${expires}`,
	deletionDone: (label: string) => `${label}: done`,
	deletionFailed: (label: string, error: string) => `${label}: FAILED: ${error}`,
	signedInAs: (arn: string, account: string) => `Signed in as ${arn} (account ${account})`,
	error: 'error:',
	note: 'note:',
};

export const PLAIN_LOG_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		started: (label) => `${label} …`,
		done: (label, took) => `${label}: feito${took}`,
		failed: (label, took, message) => `${label}: FALHOU${took}: ${message}`,
		unknownError: 'erro desconhecido',
		skipped: (label) => `${label}: pulada`,
		user: (arn) => `    usuário ${arn}`,
		mfaDevice: (serial) => `    dispositivo de MFA ${serial}`,
		accessKey: (id) => `    chave de acesso ${id} (segredo guardado só na memória)`,
		managedPolicy: (arn) => `    política gerenciada ${arn}: s3:ListAllMyBuckets`,
		role: (arn) => `    função ${arn}: só confia no usuário de demonstração com aws:MultiFactorAuthPresent = true`,
		inlinePolicy: (name, summary) => `    política em linha ${name}: ${summary}`,
		propagating: (check, elapsed, keyWorks, policyInForce) =>
			`    aguardando a propagação do IAM: verificação ${check}, ${elapsed} s, chave funciona: ${keyWorks ? 'sim' : 'ainda não'}, política em vigor: ${policyInForce ? 'sim' : 'ainda não'}`,
		wronglyAllowed: (line, buckets) => `    ${line} (${buckets} buckets): a demonstração não provou o que queria.`,
		asItShouldBe: (line) => `    ${line}, como deveria.`,
		noBuckets: '(nenhum bucket)',
		assumedAs: (arn) => `    como ${arn}`,
		session: (id, expires) => `    sessão ${id} expira em ${expires}`,
		deletionDone: (label) => `${label}: feito`,
		deletionFailed: (label, error) => `${label}: FALHOU: ${error}`,
		signedInAs: (arn, account) => `Conectado como ${arn} (conta ${account})`,
		error: 'erro:',
		note: 'nota:',
	},
});
