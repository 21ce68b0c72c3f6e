import {describe, expect, it} from 'vitest';
import {evaluate, type PolicyDocument} from '../../../source/sandbox/policy/index.js';
import {allowAll, decide, policy, type StatementInput} from './policy-builders.js';

const allow = (Action: string | string[], Resource: string | string[] = '*'): StatementInput => ({
	Effect: 'Allow',
	Action,
	Resource,
});
const deny = (Action: string | string[], Resource: string | string[] = '*'): StatementInput => ({
	Effect: 'Deny',
	Action,
	Resource,
});

describe('decision order', () => {
	it('denies by default', () => {
		expect(decide([allow('iam:GetUser')])).toBe('implicitDeny');
		expect(evaluate([], {action: 's3:ListAllMyBuckets', resource: '*', context: {}})).toBe('implicitDeny');
	});

	it('allows what an Allow matches', () => {
		expect(decide([allow('s3:ListAllMyBuckets')])).toBe('allow');
	});

	it('lets an explicit Deny win over an Allow, in any order and across policies', () => {
		expect(decide([allowAll, deny('s3:*')])).toBe('explicitDeny');
		expect(decide([deny('s3:*'), allowAll])).toBe('explicitDeny');
		const request = {action: 's3:ListAllMyBuckets', resource: 'arn:aws:s3:::*', context: {}};
		expect(evaluate([policy(allowAll), policy(deny('s3:List*'))], request)).toBe('explicitDeny');
		expect(evaluate([policy(allowAll), policy(deny('iam:*'))], request)).toBe('allow');
	});
});

describe('Action and NotAction', () => {
	it('match action names case-insensitively, with * and ?', () => {
		expect(decide([allow('S3:listallmybuckets')])).toBe('allow');
		expect(decide([allow('s3:List*')])).toBe('allow');
		expect(decide([allow('s3:ListAllMyBucket?')])).toBe('allow');
		expect(decide([allow('s3:ListAllMyBucket')])).toBe('implicitDeny');
		expect(decide([allow('s3:?ListAllMyBuckets')])).toBe('implicitDeny');
		expect(decide([allow(['iam:*', 's3:Get*'])])).toBe('implicitDeny');
		expect(decide([allow(['iam:*', 's3:*'])])).toBe('allow');
	});

	it('NotAction applies to every action it does not list', () => {
		expect(decide([{Effect: 'Allow', NotAction: 'iam:*', Resource: '*'}])).toBe('allow');
		expect(decide([{Effect: 'Allow', NotAction: 's3:*', Resource: '*'}])).toBe('implicitDeny');
		expect(decide([allowAll, {Effect: 'Deny', NotAction: ['sts:*', 'iam:Get*'], Resource: '*'}])).toBe('explicitDeny');
	});
});

describe('Resource and NotResource', () => {
	const onBucket = (Resource: string | string[], bucket = 'arn:aws:s3:::my.bucket') =>
		decide([allow('s3:*', Resource)], {}, 's3:ListBucket', bucket);

	it('match ARNs case-sensitively, with * and ?', () => {
		expect(onBucket('arn:aws:s3:::my.bucket')).toBe('allow');
		expect(onBucket('arn:aws:s3:::MY.bucket')).toBe('implicitDeny');
		expect(onBucket('arn:aws:s3:::my*')).toBe('allow');
		expect(onBucket('arn:aws:s3:::my?bucket')).toBe('allow');
		expect(onBucket('arn:aws:s3:::my?bucket', 'arn:aws:s3:::my..bucket')).toBe('implicitDeny');
		expect(onBucket('*')).toBe('allow');
	});

	it.each([
		['.', 'arn:aws:s3:::a.b', 'arn:aws:s3:::aXb'],
		['+', 'arn:aws:iam::1:user/a+b', 'arn:aws:iam::1:user/aab'],
		['(', 'arn:aws:iam::1:user/a(b', 'arn:aws:iam::1:user/a'],
		['[', 'arn:aws:iam::1:user/[ab]', 'arn:aws:iam::1:user/a'],
		['\\', 'arn:aws:iam::1:user/a\\d', 'arn:aws:iam::1:user/a1'],
		['$', 'arn:aws:iam::1:user/a$', 'arn:aws:iam::1:user/a'],
		['^ and |', 'arn:aws:iam::1:user/^a|b', 'arn:aws:iam::1:user/b'],
	])('treats %s in a pattern as itself', (_char, pattern, lookalike) => {
		expect(onBucket(pattern, pattern)).toBe('allow');
		expect(onBucket(pattern, lookalike)).toBe('implicitDeny');
		expect(onBucket(`${pattern}*`, `${pattern}-suffix`)).toBe('allow');
	});

	it('stays fast on patterns built to make a backtracking matcher explode', () => {
		const started = performance.now();
		const pattern = `arn:aws:s3:::${'*a'.repeat(40)}b`;
		expect(onBucket(pattern, `arn:aws:s3:::${'a'.repeat(2000)}`)).toBe('implicitDeny');
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('NotResource applies to every resource it does not list', () => {
		const statement: StatementInput = {Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret*'};
		expect(decide([statement], {}, 's3:ListBucket', 'arn:aws:s3:::public')).toBe('allow');
		expect(decide([statement], {}, 's3:ListBucket', 'arn:aws:s3:::secret-data')).toBe('implicitDeny');
	});
});

describe('policy variables', () => {
	const ownFolder: StatementInput = {
		Effect: 'Allow',
		Action: 's3:GetObject',
		Resource: 'arn:aws:s3:::home/${aws:username}/*',
	};
	const get = (resource: string, context: Record<string, string>, statements = [ownFolder]) =>
		decide(statements, context, 's3:GetObject', resource);

	it('substitutes ${aws:username} in resources', () => {
		expect(get('arn:aws:s3:::home/alice/notes.txt', {'aws:username': 'alice'})).toBe('allow');
		expect(get('arn:aws:s3:::home/bob/notes.txt', {'aws:username': 'alice'})).toBe('implicitDeny');
	});

	it('keeps substituted text literal, even a *', () => {
		expect(get('arn:aws:s3:::home/alice/x', {'aws:username': '*'})).toBe('implicitDeny');
		expect(get('arn:aws:s3:::home/*/x', {'aws:username': '*'})).toBe('allow');
	});

	it('an unresolvable variable never grants', () => {
		expect(get('arn:aws:s3:::home/alice/x', {})).toBe('implicitDeny');
		expect(get('arn:aws:s3:::home//x', {})).toBe('implicitDeny');
	});

	it('uses a default value and the ${*} escape', () => {
		const withDefault: StatementInput = {
			Effect: 'Allow',
			Action: 's3:GetObject',
			Resource: "arn:aws:s3:::home/${aws:username, 'guest'}/*",
		};
		expect(get('arn:aws:s3:::home/guest/x', {}, [withDefault])).toBe('allow');
		const literalStar: StatementInput = {Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a${*}b'};
		expect(get('arn:aws:s3:::a*b', {}, [literalStar])).toBe('allow');
		expect(get('arn:aws:s3:::axxb', {}, [literalStar])).toBe('implicitDeny');
	});

	it('substitutes in condition values', () => {
		const own: StatementInput = {...allowAll, Condition: {StringEquals: {'test:Owner': '${aws:userid}'}}};
		expect(decide([own], {'aws:userid': 'AIDA1', 'test:Owner': 'AIDA1'})).toBe('allow');
		expect(decide([own], {'aws:userid': 'AIDA1', 'test:Owner': 'AIDA2'})).toBe('implicitDeny');
	});

	it('are plain text in a 2008-10-17 document, as on AWS', () => {
		const legacy: PolicyDocument = {
			version: '2008-10-17',
			statements: [
				{effect: 'Allow', action: ['s3:*'], resource: ['arn:aws:s3:::home/${aws:username}'], conditions: []},
			],
		};
		const request = (resource: string) => ({action: 's3:GetObject', resource, context: {'aws:username': 'alice'}});
		expect(evaluate([legacy], request('arn:aws:s3:::home/alice'))).toBe('implicitDeny');
		expect(evaluate([legacy], request('arn:aws:s3:::home/${aws:username}'))).toBe('allow');
	});
});

describe('fail safe: what the engine cannot interpret', () => {
	// Documents built directly, as if they had skipped the parser (which rejects unknown operators).
	const withCondition = (
		effect: 'Allow' | 'Deny',
		operator: string,
		values: Array<string | number>,
	): PolicyDocument => ({
		version: '2012-10-17',
		statements: [{effect, action: ['*'], resource: ['*'], conditions: [{operator, key: 'aws:username', values}]}],
	});
	const allowEverything: PolicyDocument = {
		version: '2012-10-17',
		statements: [{effect: 'Allow', action: ['*'], resource: ['*'], conditions: []}],
	};
	const request = {action: 's3:ListAllMyBuckets', resource: '*', context: {'aws:username': 'alice'}};

	it.each(['StringEqualz', 'StringNotEqualsIfMissing', 'ForSomeValues:StringEquals', 'NullIfExists', 'IfExists', ''])(
		'an unknown operator %j never grants and always lets a Deny apply',
		(operator) => {
			expect(evaluate([withCondition('Allow', operator, ['alice'])], request)).toBe('implicitDeny');
			expect(evaluate([allowEverything, withCondition('Deny', operator, ['bob'])], request)).toBe('explicitDeny');
		},
	);

	it.each([
		['NumericLessThan', 'NumericNotEquals', 'ten'],
		['DateGreaterThan', 'DateNotEquals', 'yesterday'],
		['IpAddress', 'NotIpAddress', '10.0.0.0/33'],
		['Bool', 'Bool', 'maybe'],
		['BinaryEquals', 'BinaryEquals', '***'],
	])('%s / %s with the unparsable value %j never grant and let a Deny apply', (operator, negated, value) => {
		expect(evaluate([withCondition('Allow', operator, [value])], request)).toBe('implicitDeny');
		expect(evaluate([withCondition('Allow', negated, [value])], request)).toBe('implicitDeny');
		expect(evaluate([allowEverything, withCondition('Deny', operator, [value])], request)).toBe('explicitDeny');
		expect(evaluate([allowEverything, withCondition('Deny', negated, [value])], request)).toBe('explicitDeny');
	});
});
