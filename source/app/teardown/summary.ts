import {itemsWords} from '../../words/resources.js';
import type {ScenarioState, Teardown} from '../../scenario/types.js';
import {knownLeftBehind} from '../../scenario/teardown-plan.js';
import {proved} from '../../scenario/outcome.js';

export interface RunSummary {
	/** Denied without MFA and allowed with it. */
	readonly proved: boolean;
	readonly tornDown: boolean;
	/** "the access key AKIA…, the IAM user …": what could not be deleted, each resource once; empty when none. */
	readonly leftBehind: string;
}

export function summarise(state: Pick<ScenarioState, 'scenario' | 'results'>, teardown: Teardown): RunSummary {
	const left = knownLeftBehind(teardown.items);
	return {proved: proved(state), tornDown: teardown.completed && left.length === 0, leftBehind: itemsWords(left)};
}
