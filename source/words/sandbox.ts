import {localized} from './language.js';

/* What `sts-mfa sandbox` says on standard error as it starts, stops or fails, and its refusals. */

const en = {
	what: (accountId: string) =>
		`# sts-mfa sandbox: a local AWS-compatible endpoint (IAM, STS, S3, CloudTrail lookups), not AWS. Account ${accountId}.`,
	// Standard output may be a file (> sandbox.env) or another terminal: the note does not say "above".
	keys: (stateFile: string | undefined) =>
		`# The export lines on standard output hold the sandbox administrator's keys. ${stateFile ? `State is kept in ${stateFile}.` : 'State lives in memory only.'}`,
	notLoopback: (host: string) =>
		`# Warning: listening on ${host}, not loopback: anyone who can reach this port can use these keys.`,
	stopsWith: '# Ctrl-C stops it.',
	stopped: '# sts-mfa sandbox stopped.',
	internalError: (call: string, name: string) => `# internal error in ${call}: ${name}`,
	background: (pid: number | undefined) => `# It runs in the background as process ${pid}: 'kill ${pid}' stops it.`,
	notListening: (seconds: number) => `the sandbox did not start listening within ${seconds} s; it was stopped`,
	noBackground: (reason: string) => `could not start the sandbox in the background: ${reason}`,
	endedEarly: (how: string) => `the sandbox stopped before it was ready (${how})`,
	exitStatus: (code: number | null) => `exit status ${code}`,
	keysTogether: '--access-key-id and --secret-access-key go together: give both or neither',
	secretUnreadable: (file: string, reason: string) => `--secret-access-key-file: cannot read ${file} (${reason})`,
	secretEmpty: (file: string) => `--secret-access-key-file: ${file} is empty`,
	portInUse: (host: string, port: number) =>
		`Port ${port} on ${host} is already in use; choose another with --port (0 picks a free one).`,
	portDenied: (host: string, port: number) => `Not allowed to listen on ${host}:${port}; choose a port above 1023.`,
	cannotListen: (host: string, port: number, reason: string) => `Cannot listen on ${host}:${port}: ${reason}`,
};

export const SANDBOX_NOTES = localized<typeof en>({
	en,
	'pt-BR': {
		what: (accountId) =>
			`# sts-mfa sandbox: um endpoint local compatível com a AWS (IAM, STS, S3, consultas do CloudTrail), não a AWS. Conta ${accountId}.`,
		keys: (stateFile) =>
			`# As linhas export na saída padrão contêm as chaves do administrador do sandbox. ${stateFile ? `O estado fica em ${stateFile}.` : 'O estado fica só na memória.'}`,
		notLoopback: (host) =>
			`# Atenção: escutando em ${host}, não em loopback: quem alcançar esta porta pode usar estas chaves.`,
		stopsWith: '# Ctrl-C o encerra.',
		stopped: '# sts-mfa sandbox encerrado.',
		internalError: (call, name) => `# erro interno em ${call}: ${name}`,
		background: (pid) => `# Ele roda em segundo plano como o processo ${pid}: 'kill ${pid}' o encerra.`,
		notListening: (seconds) => `o sandbox não começou a escutar em ${seconds} s; ele foi encerrado`,
		noBackground: (reason) => `não foi possível iniciar o sandbox em segundo plano: ${reason}`,
		endedEarly: (how) => `o sandbox parou antes de ficar pronto (${how})`,
		exitStatus: (code) => `status de saída ${code}`,
		keysTogether: '--access-key-id e --secret-access-key andam juntos: informe os dois ou nenhum',
		secretUnreadable: (file, reason) => `--secret-access-key-file: não foi possível ler ${file} (${reason})`,
		secretEmpty: (file) => `--secret-access-key-file: ${file} está vazio`,
		portInUse: (host, port) =>
			`A porta ${port} em ${host} já está em uso; escolha outra com --port (0 escolhe uma livre).`,
		portDenied: (host, port) => `Sem permissão para escutar em ${host}:${port}; escolha uma porta acima de 1023.`,
		cannotListen: (host, port, reason) => `Não foi possível escutar em ${host}:${port}: ${reason}`,
	},
});
