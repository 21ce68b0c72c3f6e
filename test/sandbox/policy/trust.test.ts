import {describe, expect, it} from 'vitest';
import type {SandboxError} from '../../../source/sandbox/errors.js';
import {
	evaluateGrant,
	evaluateTrust,
	parseTrustPolicy,
	type TrustCaller,
} from '../../../source/sandbox/policy/index.js';
import type {RequestContext} from '../../../source/sandbox/types.js';
import {allowAll, policy} from './policy-builders.js';

const ACCOUNT = '123456789012';
const USER = `arn:aws:iam::${ACCOUNT}:user/demo/alice`;
const OTHER_USER = `arn:aws:iam::${ACCOUNT}:user/bob`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/chained`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/chained/s1`;
const KNOWN = new Set([USER, OTHER_USER, ROLE]);

const alice: TrustCaller = {accountId: ACCOUNT, arns: [USER]};
const roleSession: TrustCaller = {accountId: ACCOUNT, arns: [ROLE, SESSION]};
const stranger: TrustCaller = {accountId: '210987654321', arns: ['arn:aws:iam::210987654321:user/eve']};

function trust(principal: unknown, extra: Record<string, unknown> = {}, effect = 'Allow') {
	const statement = {Effect: effect, Principal: principal, Action: 'sts:AssumeRole', ...extra};
	return parseTrustPolicy(JSON.stringify({Version: '2012-10-17', Statement: [statement]}), ACCOUNT, (arn) =>
		KNOWN.has(arn),
	);
}

const outcome = (document: ReturnType<typeof trust>, caller: TrustCaller, context: RequestContext = {}) =>
	evaluateTrust(document, {action: 'sts:AssumeRole', caller, context});

describe('trust policy principals', () => {
	it.each([
		['the account id', {AWS: ACCOUNT}, alice, 'allowsAccount'],
		['the account root ARN', {AWS: `arn:aws:iam::${ACCOUNT}:root`}, alice, 'allowsAccount'],
		["the caller's user ARN", {AWS: USER}, alice, 'allowsCaller'],
		['another user ARN', {AWS: OTHER_USER}, alice, 'allowsNothing'],
		['a list naming the caller', {AWS: [OTHER_USER, USER]}, alice, 'allowsCaller'],
		['the role ARN, for its session', {AWS: ROLE}, roleSession, 'allowsCaller'],
		['the assumed-role session ARN', {AWS: SESSION}, roleSession, 'allowsCaller'],
		['the role ARN, for a user', {AWS: ROLE}, alice, 'allowsNothing'],
		['"*"', '*', alice, 'allowsCaller'],
		['{"AWS": "*"}', {AWS: '*'}, stranger, 'allowsCaller'],
		['the account, for another account', {AWS: ACCOUNT}, stranger, 'allowsNothing'],
		['a service', {Service: 'ec2.amazonaws.com'}, alice, 'allowsNothing'],
	] as const)('%s', (_name, principal, caller, expected) => {
		expect(outcome(trust(principal), caller)).toBe(expected);
	});

	it('applies only to sts:AssumeRole (Action and NotAction)', () => {
		expect(outcome(trust({AWS: USER}, {Action: 'sts:AssumeRoleWithSAML'}), alice)).toBe('allowsNothing');
		expect(outcome(trust({AWS: USER}, {Action: 'sts:Assume*'}), alice)).toBe('allowsCaller');
		expect(outcome(trust({AWS: USER}, {Action: undefined, NotAction: 'sts:TagSession'}), alice)).toBe('allowsCaller');
	});

	it('lets a Deny naming the caller in any form win', () => {
		const document = parseTrustPolicy(
			JSON.stringify({
				Version: '2012-10-17',
				Statement: [
					{Effect: 'Allow', Principal: {AWS: USER}, Action: 'sts:AssumeRole'},
					{Effect: 'Deny', Principal: {AWS: ACCOUNT}, Action: 'sts:AssumeRole'},
				],
			}),
			ACCOUNT,
			(arn) => KNOWN.has(arn),
		);
		expect(outcome(document, alice)).toBe('denies');
		expect(outcome(document, stranger)).toBe('allowsNothing');
	});
});

describe('trust policy conditions', () => {
	const mfa = {Condition: {Bool: {'aws:MultiFactorAuthPresent': true}}};
	it.each([
		['long-term keys (key absent)', {}, 'allowsNothing'],
		['a session without MFA', {'aws:MultiFactorAuthPresent': false}, 'allowsNothing'],
		['MFA', {'aws:MultiFactorAuthPresent': true, 'aws:MultiFactorAuthAge': 0}, 'allowsCaller'],
	] as const)('Bool aws:MultiFactorAuthPresent true: %s', (_name, context, expected) => {
		expect(outcome(trust({AWS: USER}, mfa), alice, context)).toBe(expected);
	});

	it('reads aws:MultiFactorAuthAge, aws:PrincipalArn, aws:username and aws:CurrentTime', () => {
		const young = trust({AWS: ACCOUNT}, {Condition: {NumericLessThan: {'aws:MultiFactorAuthAge': 3600}}});
		expect(outcome(young, alice, {'aws:MultiFactorAuthAge': 10})).toBe('allowsAccount');
		expect(outcome(young, alice, {'aws:MultiFactorAuthAge': 7200})).toBe('allowsNothing');
		const byArn = trust({AWS: ACCOUNT}, {Condition: {ArnLike: {'aws:PrincipalArn': 'arn:aws:iam::*:user/demo/*'}}});
		expect(outcome(byArn, alice, {'aws:PrincipalArn': USER})).toBe('allowsAccount');
		expect(outcome(byArn, alice, {'aws:PrincipalArn': OTHER_USER})).toBe('allowsNothing');
		const byName = trust({AWS: ACCOUNT}, {Condition: {StringEquals: {'aws:username': 'alice'}}});
		expect(outcome(byName, alice, {'aws:username': 'alice'})).toBe('allowsAccount');
		const until = trust({AWS: USER}, {Condition: {DateLessThan: {'aws:CurrentTime': '2026-01-01T00:00:00Z'}}});
		expect(outcome(until, alice, {'aws:CurrentTime': '2025-06-01T00:00:00Z'})).toBe('allowsCaller');
		expect(outcome(until, alice, {'aws:CurrentTime': '2026-06-01T00:00:00Z'})).toBe('allowsNothing');
	});

	it('never applies an Allow whose condition it cannot decide, but does apply such a Deny', () => {
		const unresolvable = {Condition: {StringEquals: {'aws:username': '${aws:nosuchkey}'}}};
		const context = {'aws:username': 'alice'};
		expect(outcome(trust({AWS: USER}, unresolvable), alice, context)).toBe('allowsNothing');
		expect(outcome(trust({AWS: USER}, unresolvable, 'Deny'), alice, context)).toBe('denies');
	});
});

describe('trust policy grammar', () => {
	const refusal = (statement: Record<string, unknown>) => {
		try {
			parseTrustPolicy(JSON.stringify({Version: '2012-10-17', Statement: [statement]}), ACCOUNT, (arn) =>
				KNOWN.has(arn),
			);
		} catch (error) {
			return {code: (error as SandboxError).awsCode, message: (error as SandboxError).message};
		}
		throw new Error('expected a refusal');
	};
	const base = {Effect: 'Allow', Principal: {AWS: USER}, Action: 'sts:AssumeRole'};

	it('refuses Resource, a missing Principal and principals that do not exist', () => {
		expect(refusal({...base, Resource: '*'})).toEqual({
			code: 'MalformedPolicyDocument',
			message: 'Has prohibited field Resource',
		});
		expect(refusal({Effect: 'Allow', Action: 'sts:AssumeRole'}).message).toBe('Missing required field Principal');
		const nobody = `arn:aws:iam::${ACCOUNT}:user/nobody`;
		expect(refusal({...base, Principal: {AWS: nobody}}).message).toBe(`Invalid principal in policy: "AWS":"${nobody}"`);
		expect(refusal({...base, Principal: {AWS: 'alice'}}).message).toBe('Invalid principal in policy: "AWS":"alice"');
		expect(refusal({...base, Principal: {Nobody: 'x'}}).code).toBe('MalformedPolicyDocument');
		expect(refusal({...base, Effect: 'Perhaps'}).code).toBe('MalformedPolicyDocument');
	});

	it('accepts another account by id or ARN without knowing its users', () => {
		expect(() => trust({AWS: ['210987654321', 'arn:aws:iam::210987654321:user/eve']})).not.toThrow();
	});
});

describe('session policies narrow a role session', () => {
	const request = {action: 's3:ListAllMyBuckets', resource: 'arn:aws:s3:::*', context: {}};
	const listOnly = policy({Effect: 'Allow', Action: 's3:List*', Resource: '*'});
	const iamOnly = policy({Effect: 'Allow', Action: 'iam:*', Resource: '*'});
	const denyS3 = policy({Effect: 'Deny', Action: 's3:*', Resource: '*'});
	it.each([
		['no session policy: the identity decides', [policy(allowAll)], undefined, 'allow'],
		['both allow', [policy(allowAll)], listOnly, 'allow'],
		['the session policy allows something else', [policy(allowAll)], iamOnly, 'implicitDeny'],
		['the session policy allows, the role does not', [iamOnly], listOnly, 'implicitDeny'],
		['the session policy denies', [policy(allowAll)], denyS3, 'explicitDeny'],
		['the role denies', [denyS3], listOnly, 'explicitDeny'],
		['administrator identity, narrowed', 'admin', iamOnly, 'implicitDeny'],
	] as const)('%s', (_name, identity, session, expected) => {
		expect(evaluateGrant({identity, session: session ? [session] : []}, request).decision).toBe(expected);
	});
});
