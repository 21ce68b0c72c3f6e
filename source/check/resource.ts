/*
 * The resource each action is asked about. Self-management policies scope their statements to the
 * caller's own user and device (arn:aws:iam::*:user/${aws:username}), so asking about "*" would
 * miss them: an IAM or STS action whose resource type is a user, an MFA device or a role is asked
 * about the principal's own; every other action about "*", as the simulator does by default.
 */
import type {Catalogue} from './catalogue.js';
import type {Principal} from './types.js';

const SELF_PARTS: Record<string, (principal: Principal) => string | undefined> = {
	UserNameWithPath: (principal) => (principal.kind === 'user' ? principal.name : undefined),
	MfaTokenIdWithPath: (principal) => (principal.kind === 'user' ? principal.name : undefined),
	RoleNameWithPath: (principal) => (principal.kind === 'role' ? principal.name : undefined),
};

export function resourceFor(catalogue: Catalogue, principal: Principal, action: string): string {
	const template = catalogue.resourceTemplate(action);
	if (template === undefined) return '*';
	let unresolved = false;
	const arn = template.replace(/\$\{([A-Za-z]+)\}/g, (_whole, name: string) => {
		if (name === 'Partition') return 'aws';
		if (name === 'Account') return principal.accountId;
		const own = SELF_PARTS[name]?.(principal);
		if (own === undefined) unresolved = true;
		return own ?? '*';
	});
	return unresolved ? '*' : arn;
}
