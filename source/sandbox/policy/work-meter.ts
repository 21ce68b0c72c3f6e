/*
 * The work one request may make the policy engine do. The sandbox answers every client from one
 * event loop, so a request that evaluates long (a simulator call over thousands of actions and
 * resources, wildcard patterns built to backtrack against long context values) would stall every
 * other client. The engine counts its steps (statements visited, condition comparisons, characters
 * of wildcard matching) against a budget set around a synchronous evaluation; past it,
 * WorkBudgetExceeded is thrown and the caller answers a page so far, or a clear error. Outside a
 * budget (the offline `check` command) counting costs nothing and never throws.
 */

/**
 * Steps one evaluation may spend. Measured: an ordinary wildcard match costs about 65 ns a step,
 * a match against long backtracking patterns up to about 350 ns (its tokens are rebuilt each
 * time); so this is 20 to 100 ms of the event loop at most.
 */
export const REQUEST_WORK_STEPS = 300_000;

export class WorkBudgetExceeded extends Error {
	constructor(readonly budget: number) {
		super(`the policy engine's work budget of ${budget} steps ran out`);
	}
}

let remaining = Number.POSITIVE_INFINITY;
let current = Number.POSITIVE_INFINITY;

/** Runs the synchronous `work` with at most `steps` to spend (and no more than an enclosing budget has left). */
export function withWorkBudget<T>(steps: number, work: () => T): T {
	return measuredWork(steps, work).value;
}

/** The same, also saying how many steps the work spent. */
export function measuredWork<T>(steps: number, work: () => T): {value: T; used: number} {
	const outer = {remaining, current};
	const start = Math.min(steps, remaining);
	remaining = start;
	current = steps;
	let used = 0;
	try {
		const value = work();
		used = start - remaining;
		return {value, used};
	} finally {
		used = start - remaining;
		remaining = outer.remaining - used;
		current = outer.current;
	}
}

/** Counts `steps`; throws WorkBudgetExceeded once the budget is spent. */
export function spend(steps: number): void {
	remaining -= steps;
	if (remaining < 0) throw new WorkBudgetExceeded(current);
}

/** The steps left (Infinity outside a budget). */
export function stepsLeft(): number {
	return remaining;
}
