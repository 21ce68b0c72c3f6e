/* Why `sts-mfa session` could not hand out a session, said as what to do about it. */

const NO_TERMINAL_ADVICE = 'pass --token-code CODE, or --mfa-process CMD (a command that prints the code)';

export const SESSION_ERRORS = {
	cancelledAtPrompt: 'cancelled at the MFA prompt: no session was made',
	severalDevicesNoTerminal: (devices: readonly string[]) =>
		`${devices.length} MFA devices are assigned to you and there is no terminal to pick one on: pass --serial with one of ${devices.join(', ')} (or set mfa_serial in the profile)`,
	noTerminal: `an MFA code is needed, but there is no terminal to ask on: ${NO_TERMINAL_ADVICE}`,
	noTerminalFor: (serial: string) =>
		`an MFA code is needed for ${serial}, but there is no terminal to ask on: ${NO_TERMINAL_ADVICE}`,
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
} as const;

/** What `sts-mfa session` notes on stderr while it works. */
export const SESSION_NOTES = {
	cacheRefused: (reason: string) => `not using the cached session: ${reason}`,
	cacheNotSealed: (file: string) => `${file} is not one this user's sts-mfa wrote (its seal does not verify)`,
	cacheDamaged: (file: string) => `${file} is damaged`,
	notCached: (reason: string) => `the session could not be cached: ${reason}`,
	wroteProfile: (profile: string, file: string, ends: string) =>
		`wrote the session to [${profile}] in ${file}; it ends ${ends} (use it with --profile ${profile})`,
} as const;
