import type {Principal} from '../../../source/check/types.js';

/** A user or role of account 123456789012 with no policies of its own: for reports written by hand. */
export const principal = (name: string, kind: 'user' | 'role'): Principal => ({
	kind,
	name,
	arn: `arn:aws:iam::123456789012:${kind}/${name}`,
	accountId: '123456789012',
	policies: [],
});
