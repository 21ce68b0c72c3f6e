import {AwsError} from '../aws/errors.js';
import type {Effect} from './effects.js';
import type {PerformContext, Performer} from './perform.js';
import {CREATE, type Creator, servicesOf} from '../resources/create.js';
import {deleteJournaled} from '../resources/journaled-delete.js';

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

/** The operator's journaled creates (resources/create.ts). */
export function operatorCreator(context: PerformContext): Creator {
	return {services: servicesOf(context.services), journal: context.journal, signal: context.signal};
}

const createUser: Performer<'createUser'> = async ({userName, path, tags}, context) => {
	const user = await CREATE.user(operatorCreator(context), {userName, path, tags: [...tags]});
	context.emit({type: 'userCreated', user});
};

const createMfaDevice: Performer<'createMfaDevice'> = async ({deviceName, path, tags}, context) => {
	const device = await CREATE.virtualMfaDevice(operatorCreator(context), {deviceName, path, tags: [...tags]});
	context.emit({type: 'mfaDeviceCreated', serialNumber: device.serialNumber, seed: device.seed});
};

const createAccessKey: Performer<'createAccessKey'> = async ({userName}, context) => {
	const key = await CREATE.accessKey(operatorCreator(context), {userName});
	context.emit({type: 'accessKeyCreated', accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey});
};

const putUserPolicy: Performer<'putUserPolicy'> = async ({userName, policyName, policyDocument}, context) => {
	await CREATE.userPolicy(operatorCreator(context), {userName, policyName, policyDocument});
	context.emit({type: 'userPolicyPut'});
};

/** One teardown item, through the table of kinds; the journal hears of each resource that went. */
const deleteResource: Performer<'deleteResource'> = async (effect, context) => {
	const {kind, id, userName, roleName} = effect;
	await deleteJournaled(servicesOf(context.services), context.journal, kind, {id, userName, roleName}, context.signal);
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
