import {ACCOUNT, type Harness} from '../store/harness.js';

/* Policies the IAM tests share: each names what it allows, so a test reads as its story. */

export const allow = (action: string | string[], resource = '*', condition?: Record<string, unknown>) =>
	JSON.stringify({
		Version: '2012-10-17',
		Statement: [{Effect: 'Allow', Action: action, Resource: resource, ...(condition ? {Condition: condition} : {})}],
	});

export const deny = (action: string | string[], resource = '*') =>
	JSON.stringify({Version: '2012-10-17', Statement: [{Effect: 'Deny', Action: action, Resource: resource}]});

export const WITH_MFA = {Bool: {'aws:MultiFactorAuthPresent': 'true'}};

export const TRUST_ACCOUNT = JSON.stringify({
	Version: '2012-10-17',
	Statement: [{Effect: 'Allow', Principal: {AWS: `arn:aws:iam::${ACCOUNT}:root`}, Action: 'sts:AssumeRole'}],
});

export const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
export const policyArn = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;

/** A user whose identity policy allows sts:AssumeRole: the caller of the AssumeRole tests. */
export async function assumingCaller(h: Harness, userName = 'caller') {
	await h.call('iam', 'CreateUser', {UserName: userName});
	await h.call('iam', 'PutUserPolicy', {
		UserName: userName,
		PolicyName: 'assume',
		PolicyDocument: allow('sts:AssumeRole'),
	});
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: userName})).body.AccessKey;
	return h.principalOf(key.AccessKeyId);
}
