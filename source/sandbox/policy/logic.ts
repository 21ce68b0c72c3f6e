/*
 * Three-valued logic for policy evaluation. `unknown` is what a condition yields when the engine
 * cannot interpret it (an operator it does not know, a value it cannot parse, a policy variable
 * naming a missing key). Combined with Kleene's rules, then settled fail-safe by the evaluator:
 * an Allow statement whose outcome is unknown does not apply; a Deny statement does.
 */

export type Truth = boolean | 'unknown';

export function anyOf<T>(items: readonly T[], test: (item: T) => Truth): Truth {
	let result: Truth = false;
	for (const item of items) {
		const truth = test(item);
		if (truth === true) {
			return true;
		}

		if (truth === 'unknown') {
			result = 'unknown';
		}
	}

	return result;
}

export function allOf<T>(items: readonly T[], test: (item: T) => Truth): Truth {
	let result: Truth = true;
	for (const item of items) {
		const truth = test(item);
		if (truth === false) {
			return false;
		}

		if (truth === 'unknown') {
			result = 'unknown';
		}
	}

	return result;
}

export function not(truth: Truth): Truth {
	return truth === 'unknown' ? truth : !truth;
}
