import {StsMfaError} from '../errors.js';

/** A journal could not be written or read. The message names the file, never its content. */
export class JournalError extends StsMfaError {
	constructor(
		code: 'invalidRunId' | 'invalidId' | 'closed' | 'writeFailed' | 'unreadable',
		message: string,
		options?: {cause?: unknown},
	) {
		super(`Journal.${code}`, message, options);
		this.name = 'JournalError';
	}
}
