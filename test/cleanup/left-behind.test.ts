import {describe, expect, it} from 'vitest';
import {describeLeftBehind} from '../../source/words/resources.js';

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
			`left behind: the IAM user sts-mfa-demo-abc, the IAM role sts-mfa-demo-abc, the managed policy sts-mfa-list-buckets-abc; run \`sts-mfa cleanup\``,
		);
	});

	it('names an attachment that alone was left (the role is gone, the policy still attached elsewhere)', () => {
		expect(describeLeftBehind([{kind: 'rolePolicyDetachment', id: POLICY_ARN}])).toBe(
			`left behind: the attachment of the managed policy sts-mfa-list-buckets-abc to the role; run \`sts-mfa cleanup\``,
		);
	});
});
