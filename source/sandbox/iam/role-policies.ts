import type {SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {inlinePolicyActions} from './entity-policies.js';
import {ROLE_NAME} from './params.js';
import {roleResource} from './roles.js';

/** A role's inline policies: PutRolePolicy, GetRolePolicy, ListRolePolicies, DeleteRolePolicy. */
export function rolePolicyActions(store: SandboxStore): Record<string, ActionSpec> {
	return inlinePolicyActions('Role', store.roles, ROLE_NAME, (context) => roleResource(store, context));
}
