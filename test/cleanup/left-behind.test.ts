import {describe, expect, it} from 'vitest';
import {describeLeftBehind} from '../../source/left-behind.js';

const POLICY_ARN = 'arn:aws:iam::123456789012:policy/sts-mfa/sts-mfa-list-buckets-abc';

describe('describeLeftBehind', () => {
	it("names an assume-role run's role and managed policy once each, with the command that removes them", () => {
		expect(
			describeLeftBehind([
				{kind: 'user', id: 'sts-mfa-demo-abc'},
				{kind: 'rolePolicyDetachment', id: POLICY_ARN},
				{kind: 'role', id: 'sts-mfa-demo-abc'},
				{kind: 'managedPolicy', id: POLICY_ARN},
			]),
		).toBe(
			`left behind: user sts-mfa-demo-abc, role sts-mfa-demo-abc, managed policy ${POLICY_ARN}; run \`sts-mfa cleanup\``,
		);
	});

	it('names an attachment that alone was left (the role is gone, the policy still attached elsewhere)', () => {
		expect(describeLeftBehind([{kind: 'rolePolicyDetachment', id: POLICY_ARN}])).toBe(
			`left behind: role policy attachment ${POLICY_ARN}; run \`sts-mfa cleanup\``,
		);
	});
});
