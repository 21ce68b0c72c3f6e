/*
 * The Bool / BoolIfExists / Null matrix of AWS-BEHAVIOUR.md, for the three kinds of caller the
 * demo has, with request contexts built by requestContext() exactly as the router builds them.
 */
import {describe, expect, it} from 'vitest';
import {requestContext} from '../../../source/sandbox/policy/index.js';
import type {Principal} from '../../../source/sandbox/types.js';
import {allowAll, decide, type StatementInput} from './policy-builders.js';

const now = Date.parse('2025-03-01T12:00:00Z');
const user = {
	accountId: '123456789012',
	arn: 'arn:aws:iam::123456789012:user/demo',
	userId: 'AIDAEXAMPLE',
	userName: 'demo',
};
const callers: Record<string, Principal> = {
	admin: {
		...user,
		kind: 'admin',
		arn: 'arn:aws:iam::123456789012:root',
		userId: '123456789012',
		userName: undefined,
		accessKeyId: 'AKIAADMIN',
	},
	longTermKey: {...user, kind: 'user', accessKeyId: 'AKIAUSER'},
	sessionWithoutMfa: {...user, kind: 'session', accessKeyId: 'ASIANOMFA', session: {expiresAt: now + 3_600_000}},
	sessionWithMfa: {
		...user,
		kind: 'session',
		accessKeyId: 'ASIAMFA',
		session: {mfaAuthenticatedAt: now - 60_000, expiresAt: now + 3_600_000},
	},
};

const mfa = 'aws:MultiFactorAuthPresent';
const listBuckets = {Action: 's3:ListAllMyBuckets', Resource: '*'};
const allowIf = (operator: string, value: unknown): StatementInput => ({
	Effect: 'Allow',
	...listBuckets,
	Condition: {[operator]: {[mfa]: value}},
});
const denyIf = (operator: string, value: unknown): StatementInput => ({
	Effect: 'Deny',
	Action: '*',
	Resource: '*',
	Condition: {[operator]: {[mfa]: value}},
});

type Row = [
	name: string,
	statements: StatementInput[],
	expected: Record<'admin' | 'longTermKey' | 'sessionWithoutMfa' | 'sessionWithMfa', string>,
];
const rows: Row[] = [
	[
		'Allow + Bool true',
		[allowIf('Bool', true)],
		{admin: 'implicitDeny', longTermKey: 'implicitDeny', sessionWithoutMfa: 'implicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow + Bool "true" (string)',
		[allowIf('Bool', 'true')],
		{admin: 'implicitDeny', longTermKey: 'implicitDeny', sessionWithoutMfa: 'implicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow + Bool "TRUE" in a list',
		[allowIf('Bool', ['TRUE'])],
		{admin: 'implicitDeny', longTermKey: 'implicitDeny', sessionWithoutMfa: 'implicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow + BoolIfExists true',
		[allowIf('BoolIfExists', true)],
		{admin: 'allow', longTermKey: 'allow', sessionWithoutMfa: 'implicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow + Bool false',
		[allowIf('Bool', false)],
		{admin: 'implicitDeny', longTermKey: 'implicitDeny', sessionWithoutMfa: 'allow', sessionWithMfa: 'implicitDeny'},
	],
	[
		'Allow all + Deny Bool false (does not catch long-term keys)',
		[allowAll, denyIf('Bool', false)],
		{admin: 'allow', longTermKey: 'allow', sessionWithoutMfa: 'explicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow all + Deny Bool "false" (string)',
		[allowAll, denyIf('Bool', 'false')],
		{admin: 'allow', longTermKey: 'allow', sessionWithoutMfa: 'explicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow all + Deny BoolIfExists false (catches both)',
		[allowAll, denyIf('BoolIfExists', false)],
		{admin: 'explicitDeny', longTermKey: 'explicitDeny', sessionWithoutMfa: 'explicitDeny', sessionWithMfa: 'allow'},
	],
	[
		'Allow + Null true (key absent)',
		[allowIf('Null', true)],
		{admin: 'allow', longTermKey: 'allow', sessionWithoutMfa: 'implicitDeny', sessionWithMfa: 'implicitDeny'},
	],
	[
		'Allow + Null false (key present)',
		[allowIf('Null', 'false')],
		{admin: 'implicitDeny', longTermKey: 'implicitDeny', sessionWithoutMfa: 'allow', sessionWithMfa: 'allow'},
	],
	[
		'Allow all + Deny Null true (denies long-term keys)',
		[allowAll, denyIf('Null', 'true')],
		{admin: 'explicitDeny', longTermKey: 'explicitDeny', sessionWithoutMfa: 'allow', sessionWithMfa: 'allow'},
	],
	[
		'Allow + Bool true and Deny BoolIfExists false together',
		[allowIf('Bool', 'true'), denyIf('BoolIfExists', 'false')],
		{admin: 'explicitDeny', longTermKey: 'explicitDeny', sessionWithoutMfa: 'explicitDeny', sessionWithMfa: 'allow'},
	],
];

describe('aws:MultiFactorAuthPresent matrix', () => {
	const cases = rows.flatMap(([name, statements, expected]) =>
		Object.entries(expected).map(([caller, decision]) => [name, caller, statements, decision] as const),
	);

	it.each(cases)('%s — %s → %s', (_name, caller, statements, decision) => {
		const context = requestContext(callers[caller]!, {now, sourceIp: '127.0.0.1', secureTransport: false});
		expect(decide(statements, context)).toBe(decision);
	});
});

describe('aws:MultiFactorAuthAge', () => {
	const context = (caller: string) =>
		requestContext(callers[caller]!, {now, sourceIp: '127.0.0.1', secureTransport: false});
	const recentMfa: StatementInput = {
		Effect: 'Allow',
		...listBuckets,
		Condition: {NumericLessThan: {'aws:MultiFactorAuthAge': 3600}},
	};

	it('allows an MFA session checked within the hour and nobody else', () => {
		expect(decide([recentMfa], context('sessionWithMfa'))).toBe('allow');
		expect(decide([recentMfa], context('sessionWithoutMfa'))).toBe('implicitDeny');
		expect(decide([recentMfa], context('longTermKey'))).toBe('implicitDeny');
	});

	it('refuses an MFA session checked longer ago than the limit', () => {
		const old = {...callers.sessionWithMfa!, session: {mfaAuthenticatedAt: now - 7_200_000, expiresAt: now + 1000}};
		const oldContext = requestContext(old, {now, sourceIp: '127.0.0.1', secureTransport: false});
		expect(decide([recentMfa], oldContext)).toBe('implicitDeny');
	});
});
