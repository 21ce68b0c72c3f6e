/*
 * parseTrustPolicy: a role's trust policy (AssumeRolePolicyDocument) is a resource-based policy:
 * each statement names who it is for in Principal and has no Resource (the role is the resource).
 * Checked the way CreateRole and UpdateAssumeRolePolicy check it: MalformedPolicyDocument with
 * "Has prohibited field Resource", or "Invalid principal in policy" for a principal that is not
 * an account, a user, a role or a role session ARN, or that names one of this account's users or
 * roles that does not exist (IAM resolves principals to ids when it stores the policy).
 */
import {
	checkUniqueSids,
	type Json,
	isObject,
	malformed,
	parseDocumentFrame,
	parseStatementBody,
	statementList,
} from './parse.js';
import type {PolicyStatement, PolicyVersion} from './types.js';

/** Who a trust statement is for. `any` is the wildcard principal ("*" or {"AWS": "*"}). */
export interface PrincipalSet {
	readonly any: boolean;
	/** Account ids and IAM/STS ARNs, as written. */
	readonly aws: readonly string[];
	/** Service, Federated and CanonicalUser principals: never a sandbox caller. */
	readonly others: readonly string[];
}

export interface TrustStatement extends PolicyStatement {
	readonly principal: PrincipalSet;
}

export interface TrustPolicy {
	readonly version: PolicyVersion;
	readonly statements: readonly TrustStatement[];
}

/** Whether one of this account's users or roles has this ARN. */
export type KnownArn = (arn: string) => boolean;

const STATEMENT_FIELDS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Principal', 'Condition']);
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const ACCOUNT_ID = /^\d{12}$/;
const IAM_ARN = /^arn:aws:iam::(\d{12}):(root|user\/[\w+=,.@/-]+|role\/[\w+=,.@/-]+)$/;
const SESSION_ARN = /^arn:aws:sts::(\d{12}):assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+$/;
const SERVICE = /^[\w.-]+$/;

export function parseTrustPolicy(text: string, accountId: string, known: KnownArn): TrustPolicy {
	const {json, version} = parseDocumentFrame(text);
	const statements = statementList(json.Statement).map((statement) => parseTrustStatement(statement, accountId, known));
	checkUniqueSids(statements);
	return {version, statements};
}

function parseTrustStatement(value: unknown, accountId: string, known: KnownArn): TrustStatement {
	if (!isObject(value)) throw malformed('Syntax errors in policy.');
	for (const field of ['Resource', 'NotResource']) {
		if (field in value) throw malformed(`Has prohibited field ${field}`);
	}
	// NotPrincipal in a trust policy is refused rather than half-understood.
	if ('NotPrincipal' in value) throw malformed('The sandbox does not support NotPrincipal in trust policies.');
	if (!('Principal' in value)) throw malformed('Missing required field Principal');
	if (Object.keys(value).some((field) => !STATEMENT_FIELDS.has(field))) throw malformed('Syntax errors in policy.');
	return {...parseStatementBody(value), principal: parsePrincipal(value.Principal, accountId, known)};
}

function parsePrincipal(value: unknown, accountId: string, known: KnownArn): PrincipalSet {
	if (value === '*') return {any: true, aws: [], others: []};
	if (!isObject(value) || Object.keys(value).length === 0) throw malformed('Invalid principal in policy');
	const aws: string[] = [];
	const others: string[] = [];
	let any = false;
	for (const [type, entries] of Object.entries(value as Json)) {
		if (!PRINCIPAL_TYPES.has(type)) throw malformed('Invalid principal in policy');
		for (const entry of principalList(entries)) {
			if (type !== 'AWS') {
				if (!SERVICE.test(entry) && !entry.startsWith('arn:aws:iam::')) throw invalidPrincipal(type, entry);
				others.push(entry);
			} else if (entry === '*') any = true;
			else aws.push(checkAwsPrincipal(entry, accountId, known));
		}
	}
	return {any, aws, others};
}

function principalList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : [value];
	if (list.length === 0 || list.some((item) => typeof item !== 'string')) {
		throw malformed('Invalid principal in policy');
	}
	return list as string[];
}

function checkAwsPrincipal(entry: string, accountId: string, known: KnownArn): string {
	if (ACCOUNT_ID.test(entry) || SESSION_ARN.test(entry)) return entry;
	const arn = IAM_ARN.exec(entry);
	if (!arn) throw invalidPrincipal('AWS', entry);
	const [, account, resource = ''] = arn;
	if (account === accountId && resource !== 'root' && !known(entry)) throw invalidPrincipal('AWS', entry);
	return entry;
}

const invalidPrincipal = (type: string, entry: string) =>
	malformed(`Invalid principal in policy: "${type}":"${entry}"`);
