/**
 * The one base class for every error sts-mfa raises itself. `code` is stable (tests and the JSON
 * report match on it); the message is for people and never contains a secret.
 */
export class StsMfaError extends Error {
	readonly code: string;

	constructor(code: string, message: string, options?: {cause?: unknown}) {
		super(message, options);
		this.name = 'StsMfaError';
		this.code = code;
	}
}

/** Bad command-line input: the CLI prints the message and exits 2. */
export class UsageError extends StsMfaError {
	constructor(message: string) {
		super('Usage', message);
		this.name = 'UsageError';
	}
}

/**
 * The command line was fine but the configuration it points at is not (a profile that does not
 * exist, no credentials anywhere): the CLI prints the message and exits 2, like a usage error.
 */
export class ConfigurationError extends StsMfaError {
	constructor(code: string, message: string, options?: {cause?: unknown}) {
		super(code, message, options);
		this.name = 'ConfigurationError';
	}
}
