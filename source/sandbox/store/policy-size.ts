import {limitExceeded} from './errors.js';

/*
 * IAM's size quotas, counted as IAM counts them: without whitespace (IAM User Guide, "IAM and STS
 * quotas": "IAM does not count white space when calculating the size of a policy").
 */
export const USER_INLINE_TOTAL = 2048;
export const ROLE_INLINE_TOTAL = 10_240;
export const GROUP_INLINE_TOTAL = 5120;
export const MANAGED_POLICY_SIZE = 6144;
export const TRUST_POLICY_SIZE = 2048;

export const policySize = (text: string): number => text.replace(/\s/g, '').length;

const INLINE_TOTALS = {user: USER_INLINE_TOTAL, role: ROLE_INLINE_TOTAL, group: GROUP_INLINE_TOTAL} as const;

export function checkInlineTotal(kind: 'user' | 'role' | 'group', name: string, documents: readonly string[]): void {
	const limit = INLINE_TOTALS[kind];
	const total = documents.reduce((sum, document) => sum + policySize(document), 0);
	if (total > limit) throw limitExceeded(`Maximum policy size of ${limit} bytes exceeded for ${kind} ${name}`);
}

export function checkManagedPolicySize(document: string): void {
	if (policySize(document) > MANAGED_POLICY_SIZE) {
		throw limitExceeded(`Cannot exceed quota for PolicySize: ${MANAGED_POLICY_SIZE}`);
	}
}

export function checkTrustPolicySize(document: string): void {
	if (policySize(document) > TRUST_POLICY_SIZE) {
		throw limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${TRUST_POLICY_SIZE}`);
	}
}
