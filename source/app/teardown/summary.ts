import type {Results, Teardown} from '../../scenario/types.js';

export interface RunSummary {
	/** Denied without MFA and allowed with it. */
	readonly proved: boolean;
	readonly tornDown: boolean;
	/** "accessKey AKIA…" for each item that could not be deleted. */
	readonly leftBehind: readonly string[];
}

export function summarise(results: Results, teardown: Teardown): RunSummary {
	const proved = results.withoutMfa?.denied === true && results.withMfa !== undefined;
	const leftBehind = teardown.items.filter((item) => item.status !== 'done').map((item) => `${item.kind} ${item.id}`);
	return {proved, tornDown: teardown.completed && leftBehind.length === 0, leftBehind};
}
