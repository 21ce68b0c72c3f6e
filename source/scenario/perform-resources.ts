import {AwsError} from '../aws/errors.js';
import type {Effect} from './effects.js';
import type {PerformContext, Performer} from './perform.js';
import {accessKeysOf, type DeletionServices, deleteItem} from '../resources/delete.js';
import {isResourceKind} from '../resources/kinds.js';
import {EVERY_KEY} from '../words/resources.js';
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
export async function journaled<T>(
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

/** One teardown item, through the table of kinds; the journal hears of each resource that went. */
const deleteResource: Performer<'deleteResource'> = async (effect, context) => {
	const {kind, id, userName, roleName} = effect;
	const {signal} = context;
	// Lazily: a scenario without a role never makes a client for role calls.
	const services: DeletionServices = {
		get iam() {
			return context.services.iam();
		},
		get roles() {
			return context.services.roles();
		},
	};
	const ids = kind === 'accessKey' && id === EVERY_KEY ? await accessKeysOf(services.iam, userName, signal) : [id];
	for (const one of ids) {
		await deleteItem(services, kind, {id: one, userName, roleName}, signal);
		if (isResourceKind(kind)) await context.journal.deleted(kind, one);
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
