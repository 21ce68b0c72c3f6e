import {formatNumber, numberFormat, localized, plural} from './language.js';

/* What `sts-mfa serve --ssh` says: to the person running the room, and to each attendee. */

/** A whole number of hours, minutes or seconds, in the words of the language in force ("15 minutos"). */
export function spokenDuration(milliseconds: number): string {
	const [unit, size] =
		milliseconds % 3_600_000 === 0
			? ['hour', 3_600_000]
			: milliseconds % 60_000 === 0
				? ['minute', 60_000]
				: ['second', 1000];
	return numberFormat({style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1}).format(
		milliseconds / (size as number),
	);
}

const en = {
	needsSsh: "serve needs --ssh (the one way it serves today): 'sts-mfa serve --ssh'",
	needsAuth: (host: string) =>
		`refusing to listen on ${host} without authentication: anyone who can reach it could start runs. Add --password-file FILE or --authorized-keys FILE, or use a loopback address (127.0.0.1)`,
	bothAuth: '--password-file and --authorized-keys cannot be used together: pick one',
	emptyPassword: (file: string) => `${file} holds no password (its first line is empty)`,
	noKeys: (file: string) => `${file} holds no public key sts-mfa can read`,
	unsafeFile: (file: string, why: string) => `cannot use ${file}: ${why}`,
	hostKeyUnusable: (file: string, why: string) => `cannot use the host key ${file}: ${why}`,
	hostKeyNotMade: (makes: number) => `could not make a readable ed25519 host key in ${makes} tries`,
	// The address stays `HOST:PORT` as it is, in every language: scripts and tests read the port from it.
	listening: (address: string) => `sts-mfa: serving the demo over SSH on ${address}`,
	fingerprint: (fingerprint: string) => `host key fingerprint: ED25519 ${fingerprint}`,
	attendeesType: (command: string) => `attendees type: ${command}`,
	/** Stands for the machine's address in the command attendees type, when listening on every address. */
	thisMachine: 'THIS-MACHINE',
	checkFingerprint: 'they check that the fingerprint their ssh shows on first connection is the one above',
	authNote: {
		none: 'loopback only: no authentication',
		password: 'password authentication (the password in --password-file)',
		keys: 'public-key authentication (keys in --authorized-keys)',
	},
	stopHint: 'Ctrl-C stops the server (every attendee run is torn down first)',
	stopping: 'sts-mfa: stopping: tearing down every attendee run…',
	attendeeJoined: (id: number, count: number) => `attendee ${id} joined (${count} connected)`,
	attendeeLeft: (id: number, count: number) => `attendee ${id} left (${count} connected)`,
	/** `reason` is the system's own (`accept EMFILE`), the same in every language. */
	acceptFailed: (reason: string) =>
		`sts-mfa: a connection could not be accepted (${reason}); still serving: the attendees already connected keep their runs`,
	outOfDescriptors:
		'this process has no file descriptor left: raise its limit (ulimit -n) or lower --max-attendees before the next session',
	full: (limit: number) =>
		`The workshop is full (${plural(limit, {one: '# attendee', other: '# attendees'})} at once). Try again when someone has finished.\r\n`,
	noTerminal: 'sts-mfa needs a terminal: connect with ssh -t (a pseudo-terminal), not a command.\r\n',
	idle: (idleMs: number) => `No key for ${spokenDuration(idleMs)}: this run ended (teardown first).`,
	wholeNumber: (flag: string, min: number, max: number, value: string) =>
		`${flag} must be a whole number from ${min} to ${max}, got '${value}'`,
	idleTimeout: (value: string) => `--idle-timeout needs a duration from 1m to 24h, such as 15m, got '${value}'`,
	notOpenSshKey:
		'not a single OpenSSH private key (remove it, and the next start makes a new one: attendees then see a new fingerprint)',
	budget: (limit: number) =>
		`This run reached ${formatNumber(limit)} requests, the most one attendee may make: it ended there (teardown first).`,
};

export const serveWords = localized<typeof en>({
	en,
	'pt-BR': {
		needsSsh: "serve precisa de --ssh (a única forma de servir, por enquanto): 'sts-mfa serve --ssh'",
		needsAuth: (host) =>
			`recusando escutar em ${host} sem autenticação: qualquer um que alcance esse endereço poderia iniciar execuções. Adicione --password-file FILE ou --authorized-keys FILE, ou use um endereço de loopback (127.0.0.1)`,
		bothAuth: '--password-file e --authorized-keys não podem ser usados juntos: escolha um',
		emptyPassword: (file) => `${file} não contém senha (a primeira linha está vazia)`,
		noKeys: (file) => `${file} não contém nenhuma chave pública que o sts-mfa consiga ler`,
		unsafeFile: (file, why) => `não é possível usar ${file}: ${why}`,
		hostKeyUnusable: (file, why) => `não é possível usar a chave de host ${file}: ${why}`,
		hostKeyNotMade: (makes) => `não foi possível gerar uma chave de host ed25519 legível em ${makes} tentativas`,
		listening: (address) => `sts-mfa: servindo a demonstração por SSH em ${address}`,
		fingerprint: (fingerprint) => `impressão digital da chave de host: ED25519 ${fingerprint}`,
		attendeesType: (command) => `os participantes digitam: ${command}`,
		thisMachine: 'ESTA-MÁQUINA',
		checkFingerprint: 'eles conferem se a impressão digital que o ssh mostra na primeira conexão é a de cima',
		authNote: {
			none: 'somente loopback: sem autenticação',
			password: 'autenticação por senha (a senha em --password-file)',
			keys: 'autenticação por chave pública (as chaves em --authorized-keys)',
		},
		stopHint: 'Ctrl-C encerra o servidor (antes, é feita a limpeza de todas as execuções dos participantes)',
		stopping: 'sts-mfa: encerrando: fazendo a limpeza de todas as execuções dos participantes…',
		attendeeJoined: (id, count) => `participante ${id} entrou (${formatNumber(count)} na sala)`,
		attendeeLeft: (id, count) => `participante ${id} saiu (${formatNumber(count)} na sala)`,
		acceptFailed: (reason) =>
			`sts-mfa: não foi possível aceitar uma conexão (${reason}); o servidor continua atendendo: os participantes já conectados mantêm suas execuções`,
		outOfDescriptors:
			'este processo não tem mais descritores de arquivo livres: aumente o limite (ulimit -n) ou reduza --max-attendees antes da próxima sessão',
		full: (limit) =>
			`O workshop está lotado (${plural(limit, {one: '# participante', other: '# participantes'})} ao mesmo tempo). Tente de novo quando alguém terminar.\r\n`,
		noTerminal: 'O sts-mfa precisa de um terminal: conecte com ssh -t (um pseudoterminal), não com um comando.\r\n',
		idle: (idleMs) =>
			`Nenhuma tecla por ${spokenDuration(idleMs)}: esta execução terminou (com a limpeza feita antes).`,
		wholeNumber: (flag, min, max, value) =>
			`${flag} precisa ser um número inteiro de ${min} a ${max}; recebido: '${value}'`,
		idleTimeout: (value) => `--idle-timeout precisa de uma duração de 1m a 24h, como 15m; recebido: '${value}'`,
		notOpenSshKey:
			'não é uma única chave privada OpenSSH (remova-a, e a próxima inicialização gera uma nova: os participantes verão então uma nova impressão digital)',
		budget: (limit) =>
			`Esta execução chegou a ${formatNumber(limit)} requisições, o máximo que um participante pode fazer: ela terminou aí (com a limpeza feita antes).`,
	},
});
