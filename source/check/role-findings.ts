/*
 * A role whose trust policy lets a user assume it without MFA is a way around every MFA condition
 * on that user, when the role reaches what the users can reach only with MFA. With no user in the
 * check (offline, --role only), the built-in set stands for "what matters".
 */
import {BUILT_IN_ACTIONS} from './actions.js';
import {trustVerdict} from './engine.js';
import {cellIndex} from './findings.js';
import type {Cell, Finding, Principal} from './types.js';

export interface CheckedCells {
	readonly principal: Principal;
	readonly actions: readonly string[];
	readonly cells: readonly Cell[];
}

/** Actions some user of the check can do with MFA and cannot without it. */
export function onlyWithMfa(users: readonly CheckedCells[]): Set<string> | undefined {
	if (users.length === 0) return undefined;
	const needs = new Set<string>();
	for (const {actions, cells} of users) {
		const at = cellIndex(cells);
		for (const action of actions) {
			const withMfa = at(action, 'freshMfaSession')?.decision === 'allowed';
			const without = ['longTermKey', 'noMfaSession'].some(
				(way) => at(action, way as 'longTermKey')?.decision === 'allowed',
			);
			if (withMfa && !without) needs.add(action.toLowerCase());
		}
	}
	return needs;
}

export function roleFindings(
	role: CheckedCells,
	needsMfa: Set<string> | undefined,
	callers: readonly string[],
): Finding[] {
	const verdict = trustVerdict(role.principal, 'noMfaRoleSession', callers);
	if (!role.principal.trust || !verdict.allowed) return [];
	const matters = needsMfa ?? new Set(BUILT_IN_ACTIONS.map((action) => action.toLowerCase()));
	const at = cellIndex(role.cells);
	const reached = role.actions.filter(
		(action) => matters.has(action.toLowerCase()) && at(action, 'noMfaRoleSession')?.decision === 'allowed',
	);
	const [action, ...alsoActions] = reached;
	if (action === undefined) return [];
	return [
		{
			kind: 'roleAssumableWithoutMfa',
			severity: needsMfa ? 'high' : 'medium',
			principal: role.principal.name,
			action,
			way: 'noMfaRoleSession',
			...(verdict.decidedBy ? {decidedBy: verdict.decidedBy} : {}),
			...(alsoActions.length > 0 ? {alsoActions} : {}),
		},
	];
}
