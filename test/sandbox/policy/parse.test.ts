import {describe, expect, it} from 'vitest';
import {SandboxError} from '../../../source/sandbox/errors.js';
import {parsePolicyDocument} from '../../../source/sandbox/policy/index.js';

const statement = {Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*'};
const doc = (...statements: unknown[]) => JSON.stringify({Version: '2012-10-17', Statement: statements});
const withStatement = (changes: Record<string, unknown>, remove: string[] = []) => {
	const changed: Record<string, unknown> = {...statement, ...changes};
	for (const field of remove) {
		delete changed[field];
	}

	return doc(changed);
};

function rejection(text: string): SandboxError {
	try {
		parsePolicyDocument(text);
	} catch (error) {
		expect(error).toBeInstanceOf(SandboxError);
		return error as SandboxError;
	}

	throw new Error('the document was accepted');
}

describe('parsePolicyDocument accepts', () => {
	it('the demo policy, with statements as a list', () => {
		const parsed = parsePolicyDocument(
			doc({...statement, Sid: 'ListWithMfa', Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}}}),
		);
		expect(parsed).toEqual({
			version: '2012-10-17',
			statements: [
				{
					sid: 'ListWithMfa',
					effect: 'Allow',
					action: ['s3:ListAllMyBuckets'],
					resource: ['*'],
					conditions: [{operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true']}],
				},
			],
		});
	});

	it('a single statement object, NotAction/NotResource, and no Version (AWS defaults to 2008-10-17)', () => {
		const parsed = parsePolicyDocument(
			JSON.stringify({Statement: {Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], NotResource: 'arn:aws:s3:::keep'}}),
		);
		expect(parsed.version).toBe('2008-10-17');
		expect(parsed.statements[0]).toMatchObject({
			effect: 'Deny',
			notAction: ['iam:*', 'sts:*'],
			notResource: ['arn:aws:s3:::keep'],
		});
	});

	it('every operator form AWS knows', () => {
		const condition = {
			'ForAnyValue:StringLikeIfExists': {'aws:TagKeys': ['a*', 'b']},
			'ForAllValues:NumericLessThan': {'test:N': 3},
			DateGreaterThanEquals: {'aws:CurrentTime': '2025-01-01T00:00:00Z'},
			NotIpAddressIfExists: {'aws:SourceIp': ['10.0.0.0/8', '::1/128']},
			Null: {'aws:MultiFactorAuthAge': false},
			ArnNotLike: {'aws:PrincipalArn': 'arn:aws:iam::*:root'},
		};
		expect(parsePolicyDocument(doc({...statement, Condition: condition})).statements[0]?.conditions).toHaveLength(6);
	});

	it('a document of exactly 131072 characters', () => {
		const base = doc(statement);
		const padded = base.replace('"Statement"', `${' '.repeat(131_072 - base.length)}"Statement"`);
		expect(padded).toHaveLength(131_072);
		expect(parsePolicyDocument(padded).statements).toHaveLength(1);
	});
});

describe('parsePolicyDocument rejects with MalformedPolicyDocument (400)', () => {
	const cases: Array<[rule: string, text: string, message: string | RegExp]> = [
		['text that is not JSON', '{"Version": "2012-10-17", "Statement": [', 'Syntax errors in policy.'],
		['JSON that is not an object', '["Allow"]', 'Syntax errors in policy.'],
		[
			'an unknown top-level field',
			JSON.stringify({Version: '2012-10-17', Statement: statement, Extra: 1}),
			'Syntax errors in policy.',
		],
		[
			'an unknown Version',
			JSON.stringify({Version: '2012-10-18', Statement: statement}),
			'The policy failed legacy parsing',
		],
		[
			'a Version that is not a string',
			JSON.stringify({Version: 2012, Statement: statement}),
			'The policy failed legacy parsing',
		],
		[
			'an Id that is not a string',
			JSON.stringify({Version: '2012-10-17', Id: 5, Statement: statement}),
			'Syntax errors in policy.',
		],
		['no Statement', JSON.stringify({Version: '2012-10-17'}), 'Missing required field Statement'],
		['an empty Statement list', doc(), 'Missing required field Statement'],
		[
			'a Statement that is a string',
			JSON.stringify({Version: '2012-10-17', Statement: 'Allow'}),
			'Syntax errors in policy.',
		],
		['a statement that is not an object', doc('Allow'), 'Syntax errors in policy.'],
		['a Principal', withStatement({Principal: {AWS: '*'}}), 'Policy document should not specify a principal.'],
		['a NotPrincipal', withStatement({NotPrincipal: '*'}), 'Policy document should not specify a principal.'],
		['an unknown statement field', withStatement({Effects: 'Allow'}), 'Syntax errors in policy.'],
		['no Effect', withStatement({}, ['Effect']), 'Missing required field Effect'],
		['an Effect other than Allow/Deny', withStatement({Effect: 'allow'}), 'Invalid effect: allow'],
		['neither Action nor NotAction', withStatement({}, ['Action']), 'Policy statement must contain actions.'],
		['both Action and NotAction', withStatement({NotAction: 'iam:*'}), /not both/],
		['an empty Action list', withStatement({Action: []}), 'Syntax errors in policy.'],
		['an Action that is not a string', withStatement({Action: [7]}), 'Syntax errors in policy.'],
		['an action without a service prefix', withStatement({Action: 'ListAllMyBuckets'}), /must be prefaced by a vendor/],
		['an action with spaces', withStatement({Action: 's3:List Buckets'}), 'Syntax errors in policy.'],
		['neither Resource nor NotResource', withStatement({}, ['Resource']), 'Policy statement must contain resources.'],
		['both Resource and NotResource', withStatement({NotResource: '*'}), /not both/],
		[
			'a Resource that is not an ARN',
			withStatement({Resource: 'my-bucket'}),
			'Resource my-bucket must be in ARN format or "*".',
		],
		['a Sid that is not alphanumeric', withStatement({Sid: 'list buckets'}), /must be alpha-numeric/],
		['a Sid that is not a string', withStatement({Sid: 1}), 'Syntax errors in policy.'],
		['duplicate Sids', doc({...statement, Sid: 'A'}, {...statement, Sid: 'A'}), /must be unique/],
		['a Condition that is not an object', withStatement({Condition: ['Bool']}), 'Syntax errors in policy.'],
		[
			'an unknown condition operator',
			withStatement({Condition: {BoolEquals: {'aws:MultiFactorAuthPresent': true}}}),
			'Syntax errors in policy.',
		],
		[
			'an unknown set qualifier',
			withStatement({Condition: {'ForSomeValues:StringEquals': {'aws:TagKeys': 'a'}}}),
			'Syntax errors in policy.',
		],
		[
			'NullIfExists',
			withStatement({Condition: {NullIfExists: {'aws:MultiFactorAuthAge': true}}}),
			'Syntax errors in policy.',
		],
		['an operator block that is not an object', withStatement({Condition: {Bool: true}}), 'Syntax errors in policy.'],
		[
			'a condition key without a vendor prefix',
			withStatement({Condition: {Bool: {MultiFactorAuthPresent: true}}}),
			/must be prefaced by a vendor/,
		],
		[
			'an empty list of condition values',
			withStatement({Condition: {Bool: {'aws:MultiFactorAuthPresent': []}}}),
			'Syntax errors in policy.',
		],
		[
			'a condition value that is an object',
			withStatement({Condition: {StringEquals: {'aws:username': {a: 1}}}}),
			'Syntax errors in policy.',
		],
		[
			'a null condition value',
			withStatement({Condition: {StringEquals: {'aws:username': null}}}),
			'Syntax errors in policy.',
		],
		[
			'a document over 131072 characters',
			doc({...statement, Resource: `arn:aws:s3:::${'b'.repeat(131_072)}`}),
			/131072/,
		],
	];

	it.each(cases)('%s', (_rule, text, message) => {
		const error = rejection(text);
		expect(error.awsCode).toBe('MalformedPolicyDocument');
		expect(error.httpStatus).toBe(400);
		if (typeof message === 'string') {
			expect(error.message).toBe(message);
		} else {
			expect(error.message).toMatch(message);
		}
	});
});
