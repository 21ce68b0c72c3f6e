import {describe, expect, it} from 'vitest';
import {leftoverRows, leftoverSteps, type Leftovers, remainingAfter} from '../../source/resources/inventory.js';
import {stepKey} from '../../source/resources/plan.js';

/* What earlier runs left, as cleanup and the start-up offer delete it and list it. */

const found = {by: 'journal', runId: 'run1'} as const;
const SERIAL = 'arn:aws:iam::123456789012:mfa/sts-mfa/demo-device';
const THEIRS = 'arn:aws:iam::123456789012:mfa/theirs';
const FREE = 'arn:aws:iam::123456789012:mfa/sts-mfa/free-device';
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/sts-mfa/demo-managed';

const LEFTOVERS: Leftovers = {
	users: [
		{
			userName: 'demo',
			found,
			policyNames: ['demo-policy'],
			accessKeyIds: ['AKIAEXAMPLE'],
			mfaSerials: [SERIAL, THEIRS],
			ourMfaSerials: [SERIAL],
		},
	],
	devices: [{serialNumber: FREE, found}],
	roles: [{roleName: 'demo-role', found, attachedPolicyArns: [POLICY_ARN], inlinePolicyNames: []}],
	policies: [{policyName: 'demo-managed', arn: POLICY_ARN, found}],
};

describe('leftovers', () => {
	it("are deleted in IAM's order; only our devices are deleted, someone else's only deactivated", () => {
		expect(leftoverSteps(LEFTOVERS).map(({kind, id}) => `${kind} ${id}`)).toEqual([
			'userPolicy demo-policy',
			'accessKey AKIAEXAMPLE',
			`mfaDeactivation ${SERIAL}`,
			`mfaDeactivation ${THEIRS}`,
			`virtualMfaDevice ${SERIAL}`,
			`virtualMfaDevice ${FREE}`,
			'user demo',
			`rolePolicyDetachment ${POLICY_ARN}`,
			'role demo-role',
			`managedPolicy ${POLICY_ARN}`,
		]);
	});

	it('are listed one row per resource: each device once, the role once', () => {
		expect(leftoverRows(LEFTOVERS).map(({kind, id}) => `${kind} ${id}`)).toEqual([
			'userPolicy demo-policy',
			'accessKey AKIAEXAMPLE',
			`virtualMfaDevice ${SERIAL}`,
			`virtualMfaDevice ${THEIRS}`,
			`virtualMfaDevice ${FREE}`,
			'user demo',
			'role demo-role',
			`managedPolicy ${POLICY_ARN}`,
		]);
	});

	it('leave nothing once every step is done', () => {
		expect(remainingAfter(LEFTOVERS, () => true)).toEqual({users: [], devices: [], roles: [], policies: []});
	});

	it('leave what failed, and a deactivated device whose deletion failed is a free device now', () => {
		const failed = new Set([
			`virtualMfaDevice::${SERIAL}`,
			'user::demo',
			'accessKey:demo:AKIAEXAMPLE',
			'role::demo-role',
		]);
		const remaining = remainingAfter(LEFTOVERS, (step) => !failed.has(stepKey(step)));
		expect(remaining.users).toEqual([{...LEFTOVERS.users[0], policyNames: [], mfaSerials: []}]);
		expect(remaining.devices).toEqual([{serialNumber: SERIAL, found}]);
		expect(remaining.roles).toEqual(LEFTOVERS.roles);
		expect(remaining.policies).toEqual([]);
	});
});
