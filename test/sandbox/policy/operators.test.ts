/*
 * Every condition operator, each with a case that matches and one that does not, through a real
 * Allow statement: "allows" means the condition held. Missing keys, …IfExists, several values /
 * keys / operators, and the set qualifiers follow.
 */
import {describe, expect, it} from 'vitest';
import {conditionAllows, decide} from './policy-builders.js';

type Case = [operator: string, policyValues: unknown, contextValue: unknown, allows: boolean];
const key = 'test:Key';
const check = (operator: string, values: unknown, contextValue: unknown) =>
	conditionAllows(operator, key, values, contextValue === undefined ? {} : {[key]: contextValue as string});

const operatorCases: Case[] = [
	['StringEquals', 'Alice', 'Alice', true],
	['StringEquals', 'Alice', 'alice', false],
	['StringEquals', 'a*', 'abc', false],
	['StringNotEquals', 'Alice', 'Bob', true],
	['StringNotEquals', 'Alice', 'Alice', false],
	['StringEqualsIgnoreCase', 'ALICE', 'alice', true],
	['StringEqualsIgnoreCase', 'ALICE', 'alicia', false],
	['StringNotEqualsIgnoreCase', 'ALICE', 'bob', true],
	['StringNotEqualsIgnoreCase', 'ALICE', 'Alice', false],
	['StringLike', 'home/*/docs?', 'home/alice/docs1', true],
	['StringLike', 'home/*/docs?', 'home/alice/docs', false],
	['StringLike', 'Home/*', 'home/alice', false],
	['StringNotLike', 'tmp-*', 'prod-1', true],
	['StringNotLike', 'tmp-*', 'tmp-1', false],
	['NumericEquals', 10, '10', true],
	['NumericEquals', '10', 10, true],
	['NumericEquals', 10, 11, false],
	['NumericNotEquals', 10, 11, true],
	['NumericNotEquals', 10, 10, false],
	['NumericLessThan', 10, 9.5, true],
	['NumericLessThan', 10, 10, false],
	['NumericLessThanEquals', 10, 10, true],
	['NumericLessThanEquals', 10, 10.01, false],
	['NumericGreaterThan', 10, 11, true],
	['NumericGreaterThan', 10, 10, false],
	['NumericGreaterThanEquals', 10, 10, true],
	['NumericGreaterThanEquals', 10, 9, false],
	['NumericEquals', 10, 'ten', false],
	['DateEquals', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', true],
	['DateEquals', '2025-01-01T00:00:00Z', 1_735_689_600, true],
	['DateEquals', '2025-01-01T00:00:00Z', '2025-01-01T00:00:01Z', false],
	['DateNotEquals', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', true],
	['DateNotEquals', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', false],
	['DateLessThan', '2025-01-01T00:00:00Z', '2024-12-31T23:59:59Z', true],
	['DateLessThan', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', false],
	['DateLessThanEquals', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', true],
	['DateLessThanEquals', '2025-01-01T00:00:00Z', '2025-01-01T00:00:01Z', false],
	['DateGreaterThan', 1_735_689_600, '2025-06-01T00:00:00Z', true],
	['DateGreaterThan', 1_735_689_600, '2024-06-01T00:00:00Z', false],
	['DateGreaterThanEquals', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', true],
	['DateGreaterThanEquals', '2025-01-01T00:00:00Z', '2024-12-31T00:00:00Z', false],
	['Bool', true, true, true],
	['Bool', 'true', 'true', true],
	['Bool', true, false, false],
	['Bool', true, 'yes', false],
	['BinaryEquals', 'QmluYXJ5', 'QmluYXJ5', true],
	['BinaryEquals', 'QmluYXJ5', 'QmluYXJz', false],
	['IpAddress', '203.0.113.0/24', '203.0.113.77', true],
	['IpAddress', '203.0.113.0/24', '203.0.114.1', false],
	['IpAddress', '203.0.113.5', '203.0.113.5', true],
	['IpAddress', '127.0.0.0/8', '::ffff:127.0.0.1', true],
	['IpAddress', '2001:db8::/32', '2001:db8:1234::1', true],
	['IpAddress', '2001:db8::/32', '2001:db9::1', false],
	['IpAddress', '203.0.113.0/24', 'not-an-ip', false],
	['NotIpAddress', '10.0.0.0/8', '192.168.1.1', true],
	['NotIpAddress', '10.0.0.0/8', '10.1.2.3', false],
	['ArnEquals', 'arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:user/alice', true],
	['ArnEquals', 'arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:user/bob', false],
	['ArnLike', 'arn:aws:iam::*:user/*', 'arn:aws:iam::123456789012:user/alice', true],
	['ArnLike', 'arn:aws:iam::*:user/*', 'arn:aws:s3:::bucket', false],
	['ArnLike', 'arn:aws:iam::*:user/*', 'not an arn', false],
	['ArnLike', 'arn:aws:*', 'arn:aws:iam::123456789012:user/alice', false],
	['ArnLike', '*', 'arn:aws:iam::123456789012:user/alice', true],
	['ArnLike', 'arn:aws:iam::123456789012:user/al?ce', 'arn:aws:iam::123456789012:user/alice', true],
	['ArnNotEquals', 'arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:user/bob', true],
	['ArnNotEquals', 'arn:aws:iam::123456789012:user/alice', 'arn:aws:iam::123456789012:user/alice', false],
	['ArnNotLike', 'arn:aws:iam::*:user/admin-*', 'arn:aws:iam::123456789012:user/alice', true],
	['ArnNotLike', 'arn:aws:iam::*:user/admin-*', 'arn:aws:iam::123456789012:user/admin-1', false],
];

describe('condition operators', () => {
	it.each(operatorCases)('%s %j against %j → allows: %s', (operator, values, contextValue, allows) => {
		expect(check(operator, values, contextValue)).toBe(allows);
	});
});

describe('several values, keys and operators', () => {
	it('ORs the values of one key', () => {
		expect(check('StringEquals', ['a', 'b', 'c'], 'b')).toBe(true);
		expect(check('StringEquals', ['a', 'b', 'c'], 'd')).toBe(false);
	});

	it('requires a negated operator to match none of the values', () => {
		expect(check('StringNotEquals', ['a', 'b'], 'c')).toBe(true);
		expect(check('StringNotEquals', ['a', 'b'], 'b')).toBe(false);
	});

	it('ANDs several keys in one operator block', () => {
		const condition = {StringEquals: {'test:A': 'x', 'test:B': 'y'}};
		const statement = {Effect: 'Allow' as const, Action: '*', Resource: '*', Condition: condition};
		expect(decide([statement], {'test:A': 'x', 'test:B': 'y'})).toBe('allow');
		expect(decide([statement], {'test:A': 'x', 'test:B': 'z'})).toBe('implicitDeny');
	});

	it('ANDs several operators', () => {
		const condition = {StringEquals: {'test:A': 'x'}, NumericLessThan: {'test:N': 5}};
		const statement = {Effect: 'Allow' as const, Action: '*', Resource: '*', Condition: condition};
		expect(decide([statement], {'test:A': 'x', 'test:N': 4})).toBe('allow');
		expect(decide([statement], {'test:A': 'x', 'test:N': 5})).toBe('implicitDeny');
	});

	it('reads context keys case-insensitively', () => {
		expect(conditionAllows('StringEquals', 'AWS:UserName', 'alice', {'aws:username': 'alice'})).toBe(true);
	});
});

describe('missing keys', () => {
	it.each([
		'StringEquals',
		'StringLike',
		'NumericEquals',
		'DateEquals',
		'Bool',
		'BinaryEquals',
		'IpAddress',
		'ArnLike',
	])('%s is false when the key is absent, %sIfExists true', (operator) => {
		expect(check(operator, 'x', undefined)).toBe(false);
		expect(check(`${operator}IfExists`, 'x', undefined)).toBe(true);
	});

	it.each(['StringNotEquals', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotLike'])(
		'negated %s holds when the key is absent (AWS: "the condition is true")',
		(operator) => {
			expect(check(operator, '10.0.0.0/8', undefined)).toBe(true);
		},
	);

	it('…IfExists still tests a key that is present', () => {
		expect(check('StringEqualsIfExists', 'a', 'a')).toBe(true);
		expect(check('StringEqualsIfExists', 'a', 'b')).toBe(false);
		expect(check('NumericLessThanIfExists', 3, 5)).toBe(false);
		expect(check('StringNotEqualsIfExists', 'a', 'a')).toBe(false);
	});

	it('treats an empty multi-valued key as absent', () => {
		expect(check('Null', true, [])).toBe(true);
		expect(check('StringEquals', 'a', [])).toBe(false);
	});
});

describe('set qualifiers on multi-valued keys', () => {
	const tags = ['Owner', 'Project'];

	it('ForAnyValue needs one context value to match', () => {
		expect(check('ForAnyValue:StringEquals', ['Project', 'Cost'], tags)).toBe(true);
		expect(check('ForAnyValue:StringEquals', ['Cost'], tags)).toBe(false);
		expect(check('ForAnyValue:StringEquals', ['Cost'], undefined)).toBe(false);
	});

	it('ForAllValues needs every context value to match, and holds for an absent key', () => {
		expect(check('ForAllValues:StringEquals', ['Owner', 'Project', 'Cost'], tags)).toBe(true);
		expect(check('ForAllValues:StringEquals', ['Owner'], tags)).toBe(false);
		expect(check('ForAllValues:StringEquals', ['Owner'], undefined)).toBe(true);
	});

	it('combines with wildcards, negation and IfExists', () => {
		expect(check('ForAllValues:StringLike', ['Own*', 'Pro?ect'], tags)).toBe(true);
		expect(check('ForAnyValue:StringNotEquals', ['Owner'], tags)).toBe(true);
		expect(check('ForAnyValue:StringNotEquals', ['Owner', 'Project'], tags)).toBe(false);
		expect(check('ForAllValues:StringNotEquals', ['Secret'], tags)).toBe(true);
		expect(check('ForAllValues:StringNotEquals', ['Owner'], tags)).toBe(false);
		expect(check('ForAnyValue:StringEqualsIfExists', ['Cost'], undefined)).toBe(true);
	});

	it('without a qualifier, a negated operator needs no context value to match', () => {
		expect(check('StringNotEquals', ['Cost'], tags)).toBe(true);
		expect(check('StringNotEquals', ['Owner'], tags)).toBe(false);
	});
});

describe('Null', () => {
	it('true means absent, false means present; values may be strings', () => {
		expect(check('Null', true, undefined)).toBe(true);
		expect(check('Null', 'true', 'x')).toBe(false);
		expect(check('Null', false, 'x')).toBe(true);
		expect(check('Null', 'false', undefined)).toBe(false);
	});
});
