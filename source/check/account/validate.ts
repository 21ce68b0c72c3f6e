import type {z} from 'zod';
import {StsMfaError} from '../../errors.js';
import {CHECK_ERRORS} from '../../words/check.js';

/** An answer that is not its documented shape: nothing from it is evaluated or printed. */
export class UnexpectedAnswerError extends StsMfaError {
	constructor(operation: string, detail: string) {
		super('CheckUnexpectedAnswer', CHECK_ERRORS.invalidResponse(operation, detail));
		this.name = 'UnexpectedAnswerError';
	}
}

export function validated<T>(schema: z.ZodType<T>, operation: string, answer: unknown): T {
	const result = schema.safeParse(answer);
	if (result.success) return result.data;
	const [issue] = result.error.issues;
	// The path names the member; the value itself is not repeated (it may be what is hostile).
	throw new UnexpectedAnswerError(operation, `${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'}`);
}
