import {localized} from './language.js';

/* Why `sts-mfa session` could not hand out a session, said as what to do about it. */

const errorsEn = {
	cancelledAtPrompt: 'cancelled at the MFA prompt: no session was made',
	severalDevicesNoTerminal: (devices: readonly string[]) =>
		`${devices.length} MFA devices are assigned to you and there is no terminal to pick one on: pass --serial with one of ${devices.join(', ')} (or set mfa_serial in the profile)`,
	noTerminal:
		'an MFA code is needed, but there is no terminal to ask on: pass --token-code CODE, or --mfa-process CMD (a command that prints the code)',
	noTerminalFor: (serial: string) =>
		`an MFA code is needed for ${serial}, but there is no terminal to ask on: pass --token-code CODE, or --mfa-process CMD (a command that prints the code)`,
	userArnAsSerial: (from: string, serial: string, account: string, name: string) =>
		`${from} is a user's ARN (${serial}), not an MFA device's: the device's serial looks like arn:aws:iam::${account}:mfa/${name} (leave it out and sts-mfa finds your device)`,
	notASerial: (from: string, serial: string) =>
		`${from} '${serial}' is not an MFA serial: a virtual device's looks like arn:aws:iam::123456789012:mfa/NAME`,
	/** Where a serial came from, for the two errors above. */
	serialFrom: {
		option: '--serial',
		profile: (profile: string) => `mfa_serial of profile '${profile}'`,
		theProfile: "the profile's mfa_serial",
	},
	longTermKeysNeeded: (accessKeyId: string, advice: string) =>
		`GetSessionToken needs long-term keys, but the source credentials (${accessKeyId}) are themselves a session (they carry a session token): ${advice}`,
	longTermKeysAdvice: {
		environment: "unset AWS_SESSION_TOKEN and set an IAM user's access keys, or pass --profile NAME",
		profile: (name: string) =>
			`give profile '${name}' an IAM user's access keys (no aws_session_token), or pass --profile with another profile`,
		unknown: "use a profile with an IAM user's access keys",
	},
	noDevice: (arn: string) =>
		`no MFA device is assigned to ${arn}. Assign one first (IAM console → Security credentials → Assign MFA device, or 'aws iam create-virtual-mfa-device' then 'aws iam enable-mfa-device'; 'sts-mfa' shows each step against its sandbox), then run this again`,
	cannotListDevices: (arn: string) =>
		`${arn} may not list its MFA devices (iam:ListMFADevices): pass --serial arn:aws:iam::ACCOUNT:mfa/NAME, or set mfa_serial in the profile`,
	/** The prompt's line above a field asked again. */
	askedAgain: (reason: string) => `✗ ${reason}`,
	clockOff: (seconds: number, behind: boolean) =>
		`this machine's clock is ${seconds} s ${behind ? 'behind' : 'ahead of'} the server's (from its Date header): codes computed here are for the wrong time; set the clock right (e.g. timedatectl set-ntp true)`,
	clockOffAsAwsSays: (message: string) => `this machine's clock is off: ${message}`,
	alsoClock: (message: string, clock: string) => `${message}. Also, ${clock}`,
	deviceNotYours: (serial: string, arn: string) =>
		`the MFA device ${serial} is not assigned to ${arn}, whose keys signed the request: check --serial or the profile's mfa_serial (leave both out and sts-mfa finds the caller's own device)`,
	codeRefused: (serial: string) =>
		`the code was refused for ${serial}: it was wrong, or it was already used (AWS takes each code once). Wait for the next code and try again`,
	credentialLoop: (profile: string) =>
		`profile '${profile}' gets its keys by running sts-mfa session for '${profile}' again (a credential_process loop): give '${profile}' long-term keys, or pass --profile with the profile that holds them`,
	malformedCredential: (field: string, why: string) =>
		`the endpoint answered GetSessionToken with a ${field} that ${why}; nothing was printed, written or cached`,
	malformedWhy: {
		accessKeyId: 'is not 16 to 128 letters, digits or underscores',
		secretAccessKey: 'holds characters or a length a secret access key never has',
		sessionToken: 'holds characters or a length a session token never has',
		expiration: 'is not a date',
	},
	execNotFound: (command: string) => `'${command}' was not found on PATH`,
	execCouldNotStart: (command: string, reason: string) => `'${command}' could not start: ${reason}`,
	lockTimeout: (seconds: number) =>
		`another sts-mfa session has been getting a session for the same profile and device for ${seconds} s (waiting for a code); answer it or end it, then try again`,
};

/** What `sts-mfa session` notes on stderr while it works. */
const notesEn = {
	cacheRefused: (reason: string) => `not using the cached session: ${reason}`,
	cacheNotSealed: (file: string) => `${file} is not one this user's sts-mfa wrote (its seal does not verify)`,
	cacheDamaged: (file: string) => `${file} is damaged`,
	notCached: (reason: string) => `the session could not be cached: ${reason}`,
	wroteProfile: (profile: string, file: string, ends: string) =>
		`wrote the session to [${profile}] in ${file}; it ends ${ends} (use it with --profile ${profile})`,
};

export const SESSION_ERRORS = localized<typeof errorsEn>({
	en: errorsEn,
	'pt-BR': {
		cancelledAtPrompt: 'cancelado no prompt de MFA: nenhuma sessão foi criada',
		severalDevicesNoTerminal: (devices) =>
			`${devices.length} dispositivos de MFA estão atribuídos a você e não há terminal para escolher um: passe --serial com um de ${devices.join(', ')} (ou defina mfa_serial no perfil)`,
		noTerminal:
			'é preciso um código de MFA, mas não há terminal onde perguntar: passe --token-code CÓDIGO, ou --mfa-process CMD (um comando que imprime o código)',
		noTerminalFor: (serial) =>
			`é preciso um código de MFA para ${serial}, mas não há terminal onde perguntar: passe --token-code CÓDIGO, ou --mfa-process CMD (um comando que imprime o código)`,
		userArnAsSerial: (from, serial, account, name) =>
			`${from} é o ARN de um usuário (${serial}), não de um dispositivo de MFA: o serial do dispositivo tem a forma arn:aws:iam::${account}:mfa/${name} (omita-o e o sts-mfa encontra o seu dispositivo)`,
		notASerial: (from, serial) =>
			`${from} '${serial}' não é um serial de MFA: o de um dispositivo virtual tem a forma arn:aws:iam::123456789012:mfa/NOME`,
		serialFrom: {
			option: '--serial',
			profile: (profile) => `mfa_serial do perfil '${profile}'`,
			theProfile: 'o mfa_serial do perfil',
		},
		longTermKeysNeeded: (accessKeyId, advice) =>
			`GetSessionToken precisa de chaves de longo prazo, mas as credenciais de origem (${accessKeyId}) já são uma sessão (têm um token de sessão): ${advice}`,
		longTermKeysAdvice: {
			environment:
				'remova AWS_SESSION_TOKEN e defina as chaves de acesso de um usuário do IAM, ou passe --profile NOME',
			profile: (name) =>
				`dê ao perfil '${name}' as chaves de acesso de um usuário do IAM (sem aws_session_token), ou passe --profile com outro perfil`,
			unknown: 'use um perfil com as chaves de acesso de um usuário do IAM',
		},
		noDevice: (arn) =>
			`nenhum dispositivo de MFA está atribuído a ${arn}. Atribua um antes (console do IAM → Credenciais de segurança → Atribuir dispositivo de MFA, ou 'aws iam create-virtual-mfa-device' e depois 'aws iam enable-mfa-device'; o 'sts-mfa' mostra cada etapa no seu sandbox) e rode de novo`,
		cannotListDevices: (arn) =>
			`${arn} não pode listar os próprios dispositivos de MFA (iam:ListMFADevices): passe --serial arn:aws:iam::CONTA:mfa/NOME, ou defina mfa_serial no perfil`,
		askedAgain: (reason) => `✗ ${reason}`,
		clockOff: (seconds, behind) =>
			`o relógio desta máquina está ${seconds} s ${behind ? 'atrasado em relação ao' : 'adiantado em relação ao'} do servidor (pelo cabeçalho Date): os códigos calculados aqui são para a hora errada; acerte o relógio (por exemplo timedatectl set-ntp true)`,
		clockOffAsAwsSays: (message) => `o relógio desta máquina está errado: ${message}`,
		alsoClock: (message, clock) => `${message}. Além disso, ${clock}`,
		deviceNotYours: (serial, arn) =>
			`o dispositivo de MFA ${serial} não está atribuído a ${arn}, cujas chaves assinaram a requisição: confira --serial ou o mfa_serial do perfil (omita os dois e o sts-mfa encontra o dispositivo de quem chama)`,
		codeRefused: (serial) =>
			`o código foi recusado para ${serial}: estava errado ou já tinha sido usado (a AWS aceita cada código uma vez). Espere o próximo código e tente de novo`,
		credentialLoop: (profile) =>
			`o perfil '${profile}' obtém as chaves rodando sts-mfa session para '${profile}' de novo (um laço de credential_process): dê a '${profile}' chaves de longo prazo, ou passe --profile com o perfil que as tem`,
		malformedCredential: (field, why) =>
			`o endpoint respondeu GetSessionToken com um ${field} que ${why}; nada foi impresso, gravado ou guardado em cache`,
		malformedWhy: {
			accessKeyId: 'não tem de 16 a 128 letras, dígitos ou sublinhados',
			secretAccessKey: 'tem caracteres ou um tamanho que uma chave de acesso secreta nunca tem',
			sessionToken: 'tem caracteres ou um tamanho que um token de sessão nunca tem',
			expiration: 'não é uma data',
		},
		execNotFound: (command) => `'${command}' não foi encontrado no PATH`,
		execCouldNotStart: (command, reason) => `'${command}' não pôde iniciar: ${reason}`,
		lockTimeout: (seconds) =>
			`outro sts-mfa session está obtendo uma sessão para o mesmo perfil e dispositivo há ${seconds} s (esperando um código); responda-o ou encerre-o e tente de novo`,
	},
});

export const SESSION_NOTES = localized<typeof notesEn>({
	en: notesEn,
	'pt-BR': {
		cacheRefused: (reason) => `sem usar a sessão em cache: ${reason}`,
		cacheNotSealed: (file) => `${file} não foi gravado pelo sts-mfa deste usuário (o selo não confere)`,
		cacheDamaged: (file) => `${file} está danificado`,
		notCached: (reason) => `a sessão não pôde ser guardada em cache: ${reason}`,
		wroteProfile: (profile, file, ends) =>
			`sessão gravada em [${profile}] em ${file}; ela termina em ${ends} (use-a com --profile ${profile})`,
	},
});
