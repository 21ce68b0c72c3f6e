import {describe, expect, it} from 'vitest';
import {contextLookup, requestContext} from '../../../source/sandbox/policy/index.js';
import type {Principal} from '../../../source/sandbox/types.js';

const now = Date.parse('2025-03-01T12:00:00.750Z');
const facts = {now, sourceIp: '203.0.113.9', secureTransport: false};
const account = '123456789012';
const admin: Principal = {
	kind: 'admin',
	accountId: account,
	arn: `arn:aws:iam::${account}:root`,
	userId: account,
	accessKeyId: 'AKIAADMIN',
};
const user: Principal = {
	kind: 'user',
	accountId: account,
	arn: `arn:aws:iam::${account}:user/demo`,
	userId: 'AIDADEMO',
	userName: 'demo',
	accessKeyId: 'AKIADEMO',
};
const session = (mfaAuthenticatedAt?: number): Principal => ({
	...user,
	kind: 'session',
	accessKeyId: 'ASIADEMO',
	session:
		mfaAuthenticatedAt === undefined ? {expiresAt: now + 3_600_000} : {mfaAuthenticatedAt, expiresAt: now + 3_600_000},
});

describe('requestContext', () => {
	it('describes the administrator as the account, with no MFA key at all', () => {
		const context = requestContext(admin, facts);
		expect(context).toMatchObject({
			'aws:PrincipalArn': `arn:aws:iam::${account}:root`,
			'aws:PrincipalType': 'Account',
			'aws:userid': account,
			'aws:SourceIp': '203.0.113.9',
			'aws:SecureTransport': false,
			'aws:CurrentTime': '2025-03-01T12:00:00Z',
			'aws:EpochTime': 1_740_830_400,
		});
		expect(Object.keys(context)).not.toContain('aws:MultiFactorAuthPresent');
		expect(Object.keys(context)).not.toContain('aws:username');
	});

	it("leaves aws:MultiFactorAuthPresent absent for a user's long-term key", () => {
		const context = requestContext(user, facts);
		expect(context).toMatchObject({'aws:username': 'demo', 'aws:userid': 'AIDADEMO', 'aws:PrincipalType': 'User'});
		expect(Object.keys(context)).not.toContain('aws:MultiFactorAuthPresent');
		expect(Object.keys(context)).not.toContain('aws:MultiFactorAuthAge');
	});

	it('sets it false for a session obtained without MFA, with no MFA age', () => {
		const context = requestContext(session(), facts);
		expect(context['aws:MultiFactorAuthPresent']).toBe(false);
		expect(context['aws:username']).toBe('demo');
		expect(Object.keys(context)).not.toContain('aws:MultiFactorAuthAge');
	});

	it('sets it true for a session obtained with MFA, with the age in whole seconds', () => {
		const context = requestContext(session(now - 90_500), facts);
		expect(context['aws:MultiFactorAuthPresent']).toBe(true);
		expect(context['aws:MultiFactorAuthAge']).toBe(90);
		expect(context['aws:TokenIssueTime']).toBe('2025-03-01T11:58:30Z');
	});

	it('reports secure transport when the request came over TLS', () => {
		expect(requestContext(user, {...facts, secureTransport: true})['aws:SecureTransport']).toBe(true);
	});
});

describe('contextLookup', () => {
	it('finds keys whatever their case, and not absent ones', () => {
		const lookup = contextLookup(requestContext(session(now), facts));
		expect(lookup('AWS:MULTIFACTORAUTHPRESENT')).toBe(true);
		expect(lookup('aws:UserName')).toBe('demo');
		expect(lookup('aws:PrincipalTag/team')).toBeUndefined();
	});
});
