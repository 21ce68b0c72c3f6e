import {describe, expect, it} from 'vitest';
import {EXIT_STATUS, exitStatus} from '../../source/commands/exit-status.js';
import {summaryLines} from '../../source/commands/summary.js';
import type {ScenarioState, TeardownItem} from '../../source/scenario/types.js';
import {ACCOUNT, start} from '../scenario/fixtures.js';

const POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/sts-mfa/sts-mfa-list-buckets-abc12345`;

/** An assume-role run on an endpoint whose teardown ended with these items. */
function endedWith(items: TeardownItem[]): ScenarioState {
	const state = start({}, 'endpoint');
	return {...state, teardown: {reason: 'requested', items, completed: items.every((item) => item.status === 'done')}};
}

describe("the end-of-run summary of an assume-role run's teardown", () => {
	it('names what was deleted by kind, the role and the managed policy among them, not the detaching step', () => {
		const lines = summaryLines(
			endedWith([
				{kind: 'user', id: 'sts-mfa-demo-abc12345', status: 'done'},
				{kind: 'rolePolicyDetachment', id: POLICY_ARN, status: 'done'},
				{kind: 'role', id: 'sts-mfa-demo-abc12345', status: 'done'},
				{kind: 'managedPolicy', id: POLICY_ARN, status: 'done'},
			]),
		);
		expect(lines[1]).toBe('Deleted the IAM user, IAM role, managed policy; nothing is left.');
	});

	it('names a role and policy left behind once each, the policy by its name, and the command that removes them', () => {
		const lines = summaryLines(
			endedWith([
				{kind: 'user', id: 'sts-mfa-demo-abc12345', status: 'done'},
				{kind: 'rolePolicyDetachment', id: POLICY_ARN, status: 'failed', error: 'throttled'},
				{kind: 'role', id: 'sts-mfa-demo-abc12345', status: 'pending'},
				{kind: 'managedPolicy', id: POLICY_ARN, status: 'pending'},
			]),
		);
		expect(lines[1]).toBe(
			'Deleted the IAM user. Left behind: the IAM role sts-mfa-demo-abc12345, the managed policy sts-mfa-list-buckets-abc12345 — remove it with: sts-mfa cleanup',
		);
	});

	it('a create cut short whose deletion never answered is perhaps left behind: said, and exit status 3', () => {
		// The user pressed Ctrl-C while CreateUser was in flight, then left before its deletion answered.
		const state = endedWith([{kind: 'user', id: 'sts-mfa-demo-abc12345', status: 'running', uncertain: true}]);
		expect(summaryLines(state, 'SIGINT')[1]).toBe(
			'Perhaps left behind (its create was cut short): the IAM user sts-mfa-demo-abc12345 — check with: sts-mfa cleanup',
		);
		expect(exitStatus(state, 'SIGINT')).toBe(EXIT_STATUS.leftBehind);
		// Once its deletion answered "already gone" (done), nothing is left and the signal's status stands.
		const gone = endedWith([{kind: 'user', id: 'sts-mfa-demo-abc12345', status: 'done', uncertain: true}]);
		expect(summaryLines(gone, 'SIGINT')[1]).toBe('Deleted the IAM user; nothing is left.');
		expect(exitStatus(gone, 'SIGINT')).toBe(EXIT_STATUS.interrupted);
	});
});
