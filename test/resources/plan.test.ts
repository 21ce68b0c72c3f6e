import {describe, expect, it} from 'vitest';
import {oneItemPerResource} from '../../source/resources/kinds.js';
import {deletionSteps, kindDeletionSteps, resourceRows, rowEndedBy} from '../../source/resources/plan.js';

/*
 * The deletion steps IAM requires, built from what a resource is and holds: what teardown,
 * `sts-mfa cleanup` and the start-up offer delete, and in which order.
 */

const SERIAL = 'arn:aws:iam::123456789012:mfa/sts-mfa/demo-device';
const OTHER_SERIAL = 'arn:aws:iam::123456789012:mfa/someone-elses';
const POLICY_ARN = 'arn:aws:iam::123456789012:policy/sts-mfa/demo-managed';

describe('deletion steps', () => {
	it('empties a user first: inline policy, key, device deactivated then deleted, then the user', () => {
		const steps = deletionSteps({
			user: [
				{
					id: 'demo',
					holds: {
						virtualMfaDevice: [{id: SERIAL, enabled: true}],
						accessKey: [{id: 'AKIAEXAMPLE'}],
						userPolicy: [{id: 'demo-policy'}],
					},
				},
			],
		});
		expect(steps.map(({kind, id, userName}) => ({kind, id, userName}))).toEqual([
			{kind: 'userPolicy', id: 'demo-policy', userName: 'demo'},
			{kind: 'accessKey', id: 'AKIAEXAMPLE', userName: 'demo'},
			{kind: 'mfaDeactivation', id: SERIAL, userName: 'demo'},
			// The device's own deletion names no user: DeleteVirtualMFADevice takes the serial alone.
			{kind: 'virtualMfaDevice', id: SERIAL, userName: undefined},
			{kind: 'user', id: 'demo', userName: undefined},
		]);
		// The device is deleted only once its deactivation succeeded.
		expect(steps[3]?.after).toEqual(steps[2]);
	});

	it('only deactivates a device that is not ours, and deletes a free device at once', () => {
		const held = deletionSteps({
			user: [{id: 'demo', holds: {virtualMfaDevice: [{id: OTHER_SERIAL, enabled: true, notOurs: true}]}}],
		});
		expect(held.map(({kind}) => kind)).toEqual(['mfaDeactivation', 'user']);
		const free = kindDeletionSteps('virtualMfaDevice', [{id: SERIAL}]);
		expect(free).toEqual([{kind: 'virtualMfaDevice', id: SERIAL}]);
	});

	it('detaches a role’s managed policies before the role, and deletes the policy after both', () => {
		const steps = deletionSteps({
			managedPolicy: [{id: POLICY_ARN}],
			role: [{id: 'demo-role', attachedPolicyArns: [POLICY_ARN]}],
		});
		expect(steps).toEqual([
			{kind: 'rolePolicyDetachment', id: POLICY_ARN, roleName: 'demo-role'},
			{kind: 'role', id: 'demo-role'},
			{kind: 'managedPolicy', id: POLICY_ARN},
		]);
	});

	it('puts every user’s resources before any user, whatever order they come in', () => {
		const steps = deletionSteps({
			user: [
				{id: 'first', holds: {accessKey: [{id: 'AKIAFIRST'}]}},
				{id: 'second', holds: {userPolicy: [{id: 'second-policy'}]}},
			],
		});
		expect(steps.map(({kind, id}) => `${kind} ${id}`)).toEqual([
			'userPolicy second-policy',
			'accessKey AKIAFIRST',
			'user first',
			'user second',
		]);
	});
});

describe('resource rows', () => {
	it('is one row per resource, each held one naming its user; a role’s attachments are no row', () => {
		const rows = resourceRows({
			user: [
				{
					id: 'demo',
					holds: {virtualMfaDevice: [{id: SERIAL, enabled: true}], accessKey: [{id: 'AKIAEXAMPLE'}]},
				},
			],
			role: [{id: 'demo-role', attachedPolicyArns: [POLICY_ARN]}],
		});
		expect(rows).toEqual([
			{kind: 'accessKey', id: 'AKIAEXAMPLE', userName: 'demo'},
			{kind: 'virtualMfaDevice', id: SERIAL, userName: 'demo'},
			{kind: 'user', id: 'demo'},
			{kind: 'role', id: 'demo-role'},
		]);
	});
});

describe('the row a finished step ends', () => {
	const planned = deletionSteps({
		user: [
			{
				id: 'demo',
				holds: {
					virtualMfaDevice: [
						{id: SERIAL, enabled: true},
						{id: OTHER_SERIAL, enabled: true, notOurs: true},
					],
				},
			},
		],
		role: [{id: 'demo-role', attachedPolicyArns: [POLICY_ARN]}],
	});
	const [ours, theirs] = [SERIAL, OTHER_SERIAL].map((id) =>
		planned.find((step) => step.kind === 'mfaDeactivation' && step.id === id),
	);
	const detachment = planned.find((step) => step.kind === 'rolePolicyDetachment');

	it('is the resource itself for its own deletion', () => {
		const user = planned.find((step) => step.kind === 'user');
		expect(user && rowEndedBy(user, false, planned)).toEqual({kind: 'user', id: 'demo'});
	});

	it('is the device for a deactivation only when the device is not deleted after it, or it failed', () => {
		expect(ours && rowEndedBy(ours, false, planned)).toBeUndefined();
		expect(ours && rowEndedBy(ours, true, planned)).toEqual({kind: 'virtualMfaDevice', id: SERIAL, userName: 'demo'});
		expect(theirs && rowEndedBy(theirs, false, planned)).toEqual({
			kind: 'virtualMfaDevice',
			id: OTHER_SERIAL,
			userName: 'demo',
		});
	});

	it('is the role for a detachment only when it failed', () => {
		expect(detachment && rowEndedBy(detachment, false, planned)).toBeUndefined();
		expect(detachment && rowEndedBy(detachment, true, planned)).toEqual({kind: 'role', id: 'demo-role'});
	});
});

describe('each resource once', () => {
	it('names a device deactivated and deleted once, a device only deactivated too, a role detached and deleted once', () => {
		const items = [
			{kind: 'mfaDeactivation', id: SERIAL},
			{kind: 'virtualMfaDevice', id: SERIAL},
			{kind: 'mfaDeactivation', id: OTHER_SERIAL},
			{kind: 'rolePolicyDetachment', id: POLICY_ARN},
			{kind: 'role', id: 'demo-role'},
		] as const;
		expect(oneItemPerResource(items).map(({kind, id}) => `${kind} ${id}`)).toEqual([
			`virtualMfaDevice ${SERIAL}`,
			`mfaDeactivation ${OTHER_SERIAL}`,
			'role demo-role',
		]);
		// A detachment whose role is not in the list stands for the role's attachment.
		expect(oneItemPerResource([items[3]])).toEqual([items[3]]);
	});
});
