import {localized} from './language.js';

/* What `sts-mfa sandbox` says on standard error as it starts. */

const en = {
	what: (accountId: string) =>
		`# sts-mfa sandbox: a local AWS-compatible endpoint (IAM, STS, S3, CloudTrail lookups), not AWS. Account ${accountId}.`,
	// Standard output may be a file (> sandbox.env) or another terminal: the note does not say "above".
	keys: (stateFile: string | undefined) =>
		`# The export lines on standard output hold the sandbox administrator's keys. ${stateFile ? `State is kept in ${stateFile}.` : 'State lives in memory only.'}`,
};

export const SANDBOX_NOTES = localized<typeof en>({
	en,
	'pt-BR': {
		what: (accountId) =>
			`# sts-mfa sandbox: um endpoint local compatível com a AWS (IAM, STS, S3, consultas do CloudTrail), não a AWS. Conta ${accountId}.`,
		keys: (stateFile) =>
			`# As linhas export na saída padrão contêm as chaves do administrador do sandbox. ${stateFile ? `O estado fica em ${stateFile}.` : 'O estado fica só na memória.'}`,
	},
});
