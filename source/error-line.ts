import {AwsError} from './aws/errors.js';
import {StsMfaError} from './errors.js';

/*
 * One convention for every command's errors and notes on standard error: one line, "sts-mfa: "
 * then words for people. sts-mfa's own error codes (Session.CodeRefused, ProfileNotFound…) are for
 * tests and the JSON report, never printed; a refusal from AWS keeps AWS's own code in brackets
 * when the words do not already name it, so it can be looked up.
 */

export const ERROR_PREFIX = 'sts-mfa: ';

/** The words of an error as a person reads them. */
export function errorWords(error: unknown): string {
	if (error instanceof AwsError && error.awsCode && !error.message.includes(error.awsCode))
		return `${error.message} [${error.awsCode}]`;
	if (error instanceof StsMfaError || error instanceof Error) return error.message;
	return String(error);
}

/** The line written to standard error. */
export function errorLine(error: unknown): string {
	return `${ERROR_PREFIX}${errorWords(error)}\n`;
}

/** A note (not a failure) on standard error, in the same form. */
export function noteLine(words: string): string {
	return `${ERROR_PREFIX}${words}\n`;
}
