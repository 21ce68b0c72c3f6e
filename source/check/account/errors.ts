import {toAwsError} from '../../aws/map-error.js';
import {ConfigurationError} from '../../errors.js';
import {CHECK_ERRORS} from '../../words/check.js';

/** Why a call failed, as the person running the check can act on it: which permission is missing. */
export async function readCall<T>(operation: string, send: () => Promise<T>): Promise<T> {
	try {
		return await send();
	} catch (error) {
		const mapped = toAwsError(error, 'iam', operation);
		if (mapped.kind !== 'accessDenied') throw mapped;
		const permission = `iam:${operation}`;
		const words = operation.startsWith('Simulate') ? CHECK_ERRORS.simulatorDenied : CHECK_ERRORS.readDenied;
		throw new ConfigurationError('CheckAccessDenied', words(permission, mapped.message), {cause: mapped});
	}
}
