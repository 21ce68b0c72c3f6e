import {evaluate, parsePolicyDocument, type Decision} from '../../../source/sandbox/policy/index.js';
import type {RequestContext} from '../../../source/sandbox/types.js';

export interface StatementInput {
	Effect: 'Allow' | 'Deny';
	Action?: string | string[];
	NotAction?: string | string[];
	Resource?: string | string[];
	NotResource?: string | string[];
	Condition?: Record<string, Record<string, unknown>>;
}

/** Parses a 2012-10-17 document (through the real parser) from its statements. */
export function policy(...statements: StatementInput[]) {
	return parsePolicyDocument(JSON.stringify({Version: '2012-10-17', Statement: statements}));
}

export const allowAll: StatementInput = {Effect: 'Allow', Action: '*', Resource: '*'};

/** An Allow of everything restricted by one condition clause. */
export function allowWhen(operator: string, key: string, values: unknown): StatementInput {
	return {...allowAll, Condition: {[operator]: {[key]: values}}};
}

export function decide(
	statements: StatementInput[],
	context: RequestContext = {},
	action = 's3:ListAllMyBuckets',
	resource = 'arn:aws:s3:::*',
): Decision {
	return evaluate([policy(...statements)], {action, resource, context});
}

/** Whether an Allow of everything under this single condition allows the request. */
export function conditionAllows(operator: string, key: string, values: unknown, context: RequestContext): boolean {
	return decide([allowWhen(operator, key, values)], context) === 'allow';
}
