import {AwsError} from '../aws/errors.js';
import type {Effect} from './effects.js';
import type {PerformContext, Performer} from './perform.js';
import {ignoringNotFound} from './deletion-order.js';
import {deleteRoleResource} from './perform-roles.js';
import {assertNever} from './transition.js';
import type {JournalResourceKind} from './types.js';

const resolveIdentity: Performer<'resolveIdentity'> = async (_effect, context) => {
	const identity = await context.services.sts().getCallerIdentity(context.signal);
	context.emit({type: 'identityResolved', identity, clockSkewMs: context.services.clockSkewMs()});
};

const checkPermissions: Performer<'checkPermissions'> = async (effect, context) => {
	try {
		const results = await context.services
			.iam()
			.simulatePrincipalPolicy({policySourceArn: effect.policySourceArn, actions: [...effect.actions]}, context.signal);
		context.emit({
			type: 'permissionsChecked',
			missing: results.filter((result) => result.decision !== 'allowed').map((result) => result.action),
		});
	} catch (error) {
		// Not being allowed to simulate is common and not fatal: the steps will say what fails.
		const reason =
			error instanceof AwsError && error.kind === 'accessDenied'
				? 'the caller may not use iam:SimulatePrincipalPolicy'
				: error instanceof Error
					? error.message
					: String(error);
		context.emit({type: 'permissionsUnchecked', reason});
	}
};

/** Records the intent before a create and the identifier after it, so a crash leaves a trail. */
async function journaled<T>(
	context: PerformContext,
	kind: JournalResourceKind,
	intent: string,
	create: () => Promise<T>,
	id: (value: T) => string,
): Promise<T> {
	await context.journal.intend(kind, intent);
	const value = await create();
	await context.journal.created(kind, id(value));
	return value;
}

const createUser: Performer<'createUser'> = async (effect, context) => {
	const {userName, path, tags} = effect;
	const user = await journaled(
		context,
		'user',
		userName,
		() => context.services.iam().createUser({userName, path, tags: [...tags]}, context.signal),
		(u) => u.userName,
	);
	context.emit({type: 'userCreated', user});
};

const createMfaDevice: Performer<'createMfaDevice'> = async (effect, context) => {
	const {deviceName, path, tags} = effect;
	const device = await journaled(
		context,
		'virtualMfaDevice',
		deviceName,
		() => context.services.iam().createVirtualMfaDevice({deviceName, path, tags: [...tags]}, context.signal),
		(d) => d.serialNumber,
	);
	context.emit({type: 'mfaDeviceCreated', serialNumber: device.serialNumber, seed: device.seed});
};

const createAccessKey: Performer<'createAccessKey'> = async (effect, context) => {
	const key = await journaled(
		context,
		'accessKey',
		effect.userName,
		() => context.services.iam().createAccessKey(effect.userName, context.signal),
		(k) => k.accessKeyId,
	);
	context.emit({type: 'accessKeyCreated', accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey});
};

const putUserPolicy: Performer<'putUserPolicy'> = async (effect, context) => {
	const {userName, policyName, policyDocument} = effect;
	await journaled(
		context,
		'userPolicy',
		policyName,
		() => context.services.iam().putUserPolicy({userName, policyName, policyDocument}, context.signal),
		() => policyName,
	);
	context.emit({type: 'userPolicyPut'});
};

const deleteResource: Performer<'deleteResource'> = async (effect, context) => {
	const iam = context.services.iam();
	const {kind, id, userName, roleName} = effect;
	const signal = context.signal;
	switch (kind) {
		case 'userPolicy':
			await ignoringNotFound(() => iam.deleteUserPolicy({userName, policyName: id}, signal));
			await context.journal.deleted('userPolicy', id);
			break;
		case 'accessKey': {
			const keys =
				id === '*'
					? await iam
							.listAccessKeys(userName, signal)
							.catch((error: unknown) =>
								error instanceof AwsError && error.kind === 'notFound' ? [] : Promise.reject(error),
							)
					: [{accessKeyId: id}];
			for (const key of keys) {
				await ignoringNotFound(() => iam.deleteAccessKey({userName, accessKeyId: key.accessKeyId}, signal));
				await context.journal.deleted('accessKey', key.accessKeyId);
			}
			break;
		}
		case 'mfaDeactivation':
			await ignoringNotFound(() => iam.deactivateMfaDevice({userName, serialNumber: id}, signal));
			break;
		case 'virtualMfaDevice':
			await ignoringNotFound(() => iam.deleteVirtualMfaDevice(id, signal));
			await context.journal.deleted('virtualMfaDevice', id);
			break;
		case 'user':
			await ignoringNotFound(() => iam.deleteUser(userName, signal));
			await context.journal.deleted('user', id);
			break;
		case 'rolePolicyDetachment':
			await deleteRoleResource(context.services.roles(), kind, id, roleName, signal);
			break;
		case 'role':
		case 'managedPolicy':
			await deleteRoleResource(context.services.roles(), kind, id, roleName, signal);
			await context.journal.deleted(kind, id);
			break;
		default:
			assertNever(kind);
	}
	context.emit({type: 'teardownItemFinished', kind, id});
};

export const RESOURCE_PERFORMERS = {
	resolveIdentity,
	checkPermissions,
	createUser,
	createMfaDevice,
	createAccessKey,
	putUserPolicy,
	deleteResource,
} satisfies {readonly [T in Effect['type']]?: Performer<T>};
