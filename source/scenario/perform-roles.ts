import {AwsError} from '../aws/errors.js';
import {diagnoseRefusal, stepOfCode} from './authenticator.js';
import type {Effect} from './effects.js';
import type {PerformContext, Performer} from './perform.js';
import {operatorCreator} from './perform-resources.js';
import {CREATE} from '../resources/create.js';

/* assume-role: the role, its managed policy, and AssumeRole without and with MFA. */

function isAws(error: unknown, kind: AwsError['kind']): error is AwsError {
	return error instanceof AwsError && error.kind === kind;
}

/** The managed policy first (the role's attachment needs its ARN), then the role, then the attachment. */
const createRole: Performer<'createRole'> = async (effect, context) => {
	const creator = operatorCreator(context);
	const {roleName, policyName, path, tags, trustPolicy, policyDocument} = effect;
	const managed = await CREATE.managedPolicy(creator, {policyName, path, document: policyDocument, tags});
	const role = await CREATE.role(creator, {roleName, path, trustPolicy, tags});
	await creator.services.roles.attachRolePolicy({roleName, policyArn: managed.arn}, context.signal);
	context.emit({
		type: 'roleCreated',
		role: {roleName: role.roleName, arn: role.arn, trustPolicy},
		managedPolicy: {policyName, arn: managed.arn, document: policyDocument},
	});
};

const assumeRoleWithoutMfa: Performer<'assumeRoleWithoutMfa'> = async (effect, context) => {
	const {roleArn, roleSessionName, durationSeconds} = effect;
	try {
		const session = await context.services
			.sts(effect.credentials)
			.assumeRole({roleArn, roleSessionName, durationSeconds}, context.signal);
		const buckets = await context.services.s3(session, 'role-session').listBuckets(context.signal);
		context.emit({type: 'listingWithoutMfaAllowed', buckets, sessionExpiration: session.expiration});
	} catch (error) {
		if (!isAws(error, 'accessDenied')) throw error;
		context.emit({type: 'listingWithoutMfaDenied', errorCode: error.awsCode, message: error.message});
	}
};

const assumeRoleWithMfa: Performer<'assumeRoleWithMfa'> = async (effect, context) => {
	const {roleArn, roleSessionName, durationSeconds, serialNumber, tokenCode} = effect;
	const device = context.getState().resources.mfaDevice;
	if (!device) throw new Error('the MFA device is gone from the state');
	let session: Awaited<ReturnType<ReturnType<PerformContext['services']['sts']>['assumeRole']>>;
	try {
		session = await context.services
			.sts(effect.credentials)
			.assumeRole({roleArn, roleSessionName, durationSeconds, serialNumber, tokenCode}, context.signal);
	} catch (error) {
		if (!isAws(error, 'invalidMfaCode')) throw error;
		const refusal = diagnoseRefusal(device.seed, [tokenCode], context.now(), device.lastAcceptedStep);
		context.emit({
			type: 'mfaCodesRejected',
			refusal,
			error: {code: error.code, awsCode: error.awsCode, message: error.message},
		});
		return;
	}
	const buckets = await context.services.s3(session, 'role-session').listBuckets(context.signal);
	context.emit({
		type: 'listingWithMfaSucceeded',
		buckets,
		sessionAccessKeyId: session.accessKeyId,
		expiration: session.expiration,
		acceptedStep: stepOfCode(device.seed, tokenCode, context.now()),
		assumedRoleArn: session.assumedRoleArn,
	});
};

export const ROLE_PERFORMERS = {createRole, assumeRoleWithoutMfa, assumeRoleWithMfa} satisfies {
	readonly [T in Effect['type']]?: Performer<T>;
};
