/*
 * One check: the action set of each principal, its cells through an evaluator (the embedded engine
 * or the account's simulator), then the findings, which need every user's cells before the roles'.
 */
import {type ActionSet, actionSet} from './actions.js';
import type {Catalogue} from './catalogue.js';
import {userFindings} from './findings.js';
import {type CheckedCells, onlyWithMfa, roleFindings} from './role-findings.js';
import {
	type CheckReport,
	type Cell,
	type Principal,
	type PrincipalReport,
	ROLE_WAYS,
	USER_WAYS,
	type Way,
} from './types.js';

export interface Evaluator {
	/** The principal's cells; `done` is called with how many cells were added. */
	cells(
		principal: Principal,
		actions: readonly string[],
		ways: readonly Way[],
		done: (count: number) => void,
	): Promise<Cell[]>;
}

export interface CheckInput {
	readonly catalogue: Catalogue;
	readonly principals: readonly Principal[];
	readonly evaluator: Evaluator;
	readonly target: CheckReport['target'];
	/** `--actions`: replaces each principal's set. */
	readonly actions?: ActionSet;
	readonly onProgress?: (done: number, total: number) => void;
}

export const waysOf = (principal: Principal): readonly Way[] => (principal.kind === 'role' ? ROLE_WAYS : USER_WAYS);

export async function runCheck(input: CheckInput): Promise<CheckReport> {
	const sets = input.principals.map(
		(principal) =>
			input.actions ??
			actionSet(input.catalogue, [...principal.policies, ...(principal.boundary ? [principal.boundary] : [])]),
	);
	const total = input.principals.reduce(
		(sum, principal, index) => sum + (sets[index]?.actions.length ?? 0) * waysOf(principal).length,
		0,
	);
	let done = 0;
	input.onProgress?.(0, total);
	const checked = await Promise.all(
		input.principals.map(async (principal, index): Promise<CheckedCells> => {
			const actions = sets[index]?.actions ?? [];
			const cells = await input.evaluator.cells(principal, actions, waysOf(principal), (count) => {
				done += count;
				input.onProgress?.(done, total);
			});
			return {principal, actions, cells};
		}),
	);
	return {target: input.target, principals: withFindings(checked), unexpanded: unexpandedOf(sets)};
}

function withFindings(checked: readonly CheckedCells[]): PrincipalReport[] {
	const users = checked.filter((entry) => entry.principal.kind === 'user');
	const callers = users.map((entry) => entry.principal.arn);
	const needsMfa = onlyWithMfa(users);
	return checked.map((entry) => ({
		principal: entry.principal,
		ways: waysOf(entry.principal),
		actions: entry.actions,
		cells: entry.cells,
		findings:
			entry.principal.kind === 'user'
				? userFindings(entry.principal, entry.actions, entry.cells)
				: roleFindings(entry, needsMfa, callers),
	}));
}

function unexpandedOf(sets: readonly ActionSet[]) {
	const byPattern = new Map(sets.flatMap((set) => set.unexpanded).map((entry) => [entry.pattern, entry]));
	return [...byPattern.values()];
}

export {allFindings} from './report-read.js';
