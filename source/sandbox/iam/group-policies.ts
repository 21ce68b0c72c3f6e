import type {SandboxStore} from '../store/index.js';
import type {ActionSpec} from '../types.js';
import {inlinePolicyActions} from './entity-policies.js';
import {groupResource} from './groups.js';
import {GROUP_NAME} from './params.js';

/** A group's inline policies: PutGroupPolicy, GetGroupPolicy, ListGroupPolicies, DeleteGroupPolicy. */
export function groupPolicyActions(store: SandboxStore): Record<string, ActionSpec> {
	return inlinePolicyActions('Group', store.groups, GROUP_NAME, (context) => groupResource(store, context));
}
