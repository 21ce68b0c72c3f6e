import {localized} from './language.js';

/*
 * What `sts-mfa cleanup` says of each leftover (source/journal/describe.ts): where it searched, one
 * line per resource and how it was found, what happened to each deletion, and why something a
 * journal or the /sts-mfa/ path pointed at is left alone (it is not provably sts-mfa's).
 */

const en = {
	awsTarget: (profile: string | undefined) => `AWS${profile ? ` (profile ${profile})` : ''}`,
	endpointTarget: (endpoint: string | undefined, profile?: string) =>
		`endpoint ${endpoint ?? '(unknown)'}${profile ? ` (profile ${profile})` : ''}`,
	sandboxTarget: 'the embedded sandbox',
	fromJournal: (runId: string) => `from the journal of run ${runId}`,
	untracked: (runId: string | undefined, age: string) =>
		`from run ${runId ?? '(unnamed)'}, no record on this machine, ${age}`,
	ageUnknown: 'age unknown',
	underAMinute: 'created less than a minute ago',
	age: (duration: string) => `created ${duration} ago`,
	/** One line per resource (two spaces in), its attachments under it (four spaces). */
	user: (name: string, found: string) => `  user ${name}  (${found})`,
	userPolicy: (name: string) => `    inline policy ${name}`,
	accessKey: (id: string) => `    access key ${id}`,
	enabledDevice: (serial: string) => `    MFA device ${serial} (enabled)`,
	freeDevice: (serial: string, found: string) => `  virtual MFA device ${serial} (unassigned)  (${found})`,
	role: (name: string, found: string) => `  role ${name}  (${found})`,
	attachedPolicy: (arn: string) => `    managed policy ${arn} (attached)`,
	rolePolicy: (name: string) => `    inline policy ${name}`,
	managedPolicy: (arn: string, found: string) => `  managed policy ${arn}  (${found})`,
	/** A deletion's outcome; `item` is "inline policy X (user U)". */
	ofUser: (name: string) => ` (user ${name})`,
	ofRole: (name: string) => ` (role ${name})`,
	done: (pastTense: string, item: string) => `  ${pastTense} ${item}`,
	alreadyGone: (item: string) => `  already gone: ${item}`,
	failed: (call: string, error: string | undefined) => `  FAILED: ${call}: ${error ?? 'unknown error'}`,
	/** Notes: found, but not provably sts-mfa's (or not this run's), so never touched. */
	userNotOurs: (name: string, path: string, prefix: string) =>
		`user ${name} (path ${path}) is not provably this run's (no sts-mfa:created-by tag, another run's tag, or outside ${prefix}): left alone`,
	deviceNotOurs: (serial: string, tagsUnreadable: boolean) =>
		`virtual MFA device ${serial}: ${tagsUnreadable ? 'its tags could not be read' : 'it lacks the sts-mfa:created-by tag'}: left alone`,
	roleNotOurs: (name: string, runId: string | undefined, tagsUnreadable: boolean) =>
		`role ${name} is not provably ${runId ? `run ${runId}'s` : "sts-mfa's"} (${tagsUnreadable ? 'its tags could not be read' : "no sts-mfa:created-by tag, or another run's"}): left alone`,
	policyNotOurs: (arn: string, runId: string | undefined, tagsUnreadable: boolean) =>
		`managed policy ${arn} is not provably ${runId ? `run ${runId}'s` : "sts-mfa's"} (${tagsUnreadable ? 'its tags could not be read' : "no sts-mfa:created-by tag, or another run's"}): left alone`,
};

/** "da execução X" or "do sts-mfa"; why its tags do not prove it. */
const ptOwner = (runId: string | undefined) => (runId ? `da execução ${runId}` : 'do sts-mfa');
const ptWhy = (tagsUnreadable: boolean) =>
	tagsUnreadable ? 'não foi possível ler as tags' : 'sem a tag sts-mfa:created-by, ou com a de outra execução';

export const JOURNAL_LEFTOVER_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		awsTarget: (profile) => `AWS${profile ? ` (perfil ${profile})` : ''}`,
		endpointTarget: (endpoint, profile) =>
			`endpoint ${endpoint ?? '(desconhecido)'}${profile ? ` (perfil ${profile})` : ''}`,
		sandboxTarget: 'o sandbox embutido',
		fromJournal: (runId) => `do diário da execução ${runId}`,
		untracked: (runId, age) => `da execução ${runId ?? '(sem nome)'}, sem registro nesta máquina, ${age}`,
		ageUnknown: 'idade desconhecida',
		underAMinute: 'idade: menos de um minuto',
		age: (duration) => `idade: ${duration}`,
		user: (name, found) => `  usuário ${name}  (${found})`,
		userPolicy: (name) => `    política em linha ${name}`,
		accessKey: (id) => `    chave de acesso ${id}`,
		enabledDevice: (serial) => `    dispositivo de MFA ${serial} (ativado)`,
		freeDevice: (serial, found) => `  dispositivo de MFA virtual ${serial} (não atribuído)  (${found})`,
		role: (name, found) => `  função ${name}  (${found})`,
		attachedPolicy: (arn) => `    política gerenciada ${arn} (anexada)`,
		rolePolicy: (name) => `    política em linha ${name}`,
		managedPolicy: (arn, found) => `  política gerenciada ${arn}  (${found})`,
		ofUser: (name) => ` (usuário ${name})`,
		ofRole: (name) => ` (função ${name})`,
		// The participle agrees with the noun, which Portuguese puts first.
		done: (pastTense, item) => `  ${item}: ${pastTense}`,
		alreadyGone: (item) => `  já não existia: ${item}`,
		failed: (call, error) => `  FALHOU: ${call}: ${error ?? 'erro desconhecido'}`,
		userNotOurs: (name, path, prefix) =>
			`usuário ${name} (caminho ${path}) não é comprovadamente desta execução (sem a tag sts-mfa:created-by, com a tag de outra execução, ou fora de ${prefix}): deixado como está`,
		deviceNotOurs: (serial, tagsUnreadable) =>
			`dispositivo de MFA virtual ${serial}: ${tagsUnreadable ? 'não foi possível ler as tags' : 'não tem a tag sts-mfa:created-by'}: deixado como está`,
		roleNotOurs: (name, runId, tagsUnreadable) =>
			`a função ${name} não é comprovadamente ${ptOwner(runId)} (${ptWhy(tagsUnreadable)}): deixada como está`,
		policyNotOurs: (arn, runId, tagsUnreadable) =>
			`a política gerenciada ${arn} não é comprovadamente ${ptOwner(runId)} (${ptWhy(tagsUnreadable)}): deixada como está`,
	},
});
