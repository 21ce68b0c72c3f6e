import {itemsWords} from '../../words/resources.js';
import type {Results, Teardown} from '../../scenario/types.js';
import {knownLeftBehind} from '../../scenario/teardown-plan.js';

export interface RunSummary {
	/** Denied without MFA and allowed with it. */
	readonly proved: boolean;
	readonly tornDown: boolean;
	/** "the access key AKIA…, the IAM user …": what could not be deleted, each resource once; empty when none. */
	readonly leftBehind: string;
}

export function summarise(results: Results, teardown: Teardown): RunSummary {
	const proved = results.withoutMfa?.denied === true && results.withMfa !== undefined;
	const left = knownLeftBehind(teardown.items);
	return {proved, tornDown: teardown.completed && left.length === 0, leftBehind: itemsWords(left)};
}
