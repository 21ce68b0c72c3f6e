/*
 * parsePolicyDocument: JSON and the IAM identity-policy grammar, checked the way PutUserPolicy
 * checks them, so a document that AWS would refuse is refused here with MalformedPolicyDocument
 * and a message in AWS's style. Unknown condition operators are refused too (as AWS does), which
 * is the first of two defences: the evaluator also never lets an unknown operator grant anything.
 */
import {SandboxError} from '../errors.js';
import {parseOperator} from './operators.js';
import type {ConditionClause, ConditionValue, PolicyDocument, PolicyStatement, PolicyVersion} from './types.js';

export const MAX_POLICY_LENGTH = 131_072;
const VERSIONS: readonly string[] = ['2012-10-17', '2008-10-17'];
const DOCUMENT_FIELDS = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_FIELDS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const SYNTAX = 'Syntax errors in policy.';
const VENDOR = 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.';
const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/;
const SID = /^[0-9A-Za-z]*$/;

export type Json = Record<string, unknown>;

export function malformed(message: string): SandboxError {
	return new SandboxError('MalformedPolicyDocument', message, 400);
}

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parsePolicyDocument(text: string): PolicyDocument {
	const {json, version} = parseDocumentFrame(text);
	const statements = statementList(json.Statement).map((statement) => parseStatement(statement));
	checkUniqueSids(statements);
	return json.Id === undefined ? {version, statements} : {version, id: json.Id as string, statements};
}

/** The JSON and the document-level fields (Version, Id) that every policy shares. */
export function parseDocumentFrame(text: string): {json: Json; version: PolicyVersion} {
	if (text.length > MAX_POLICY_LENGTH) {
		throw malformed(`Policy document must not exceed ${MAX_POLICY_LENGTH} characters.`);
	}

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw malformed(SYNTAX);
	}

	if (!isObject(json) || Object.keys(json).some((field) => !DOCUMENT_FIELDS.has(field))) {
		throw malformed(SYNTAX);
	}

	const version = parseVersion(json.Version);
	if (json.Id !== undefined && typeof json.Id !== 'string') {
		throw malformed(SYNTAX);
	}

	return {json, version};
}

function parseVersion(value: unknown): PolicyVersion {
	if (value === undefined) {
		return '2008-10-17';
	}

	if (typeof value !== 'string' || !VERSIONS.includes(value)) {
		throw malformed('The policy failed legacy parsing');
	}

	return value as PolicyVersion;
}

export function statementList(value: unknown): readonly unknown[] {
	if (value === undefined || (Array.isArray(value) && value.length === 0)) {
		throw malformed('Missing required field Statement');
	}

	if (!Array.isArray(value) && !isObject(value)) {
		throw malformed(SYNTAX);
	}

	return Array.isArray(value) ? value : [value];
}

function parseStatement(value: unknown): PolicyStatement {
	if (!isObject(value)) {
		throw malformed(SYNTAX);
	}

	if ('Principal' in value || 'NotPrincipal' in value) {
		throw malformed('Policy document should not specify a principal.');
	}

	if (Object.keys(value).some((field) => !STATEMENT_FIELDS.has(field))) {
		throw malformed(SYNTAX);
	}

	return {...parseStatementBody(value), ...parseResources(value)};
}

/**
 * The parts every statement has, identity or trust policy alike: Sid, Effect, Action/NotAction
 * and Condition (a trust statement has a Principal instead of a Resource; see trust-parse.ts).
 */
export function parseStatementBody(value: Json): PolicyStatement {
	return {
		...parseSid(value.Sid),
		effect: parseEffect(value.Effect),
		...parseActions(value),
		conditions: parseConditions(value.Condition),
	};
}

function parseSid(value: unknown): {sid?: string} {
	if (value === undefined) {
		return {};
	}

	if (typeof value !== 'string') {
		throw malformed(SYNTAX);
	}

	if (!SID.test(value)) {
		throw malformed(
			'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
		);
	}

	return {sid: value};
}

export function checkUniqueSids(statements: readonly PolicyStatement[]): void {
	const sids = statements.map((statement) => statement.sid).filter((sid) => sid !== undefined && sid !== '');
	if (new Set(sids).size !== sids.length) {
		throw malformed('Statement IDs (SID) in a single policy must be unique.');
	}
}

function parseEffect(value: unknown): 'Allow' | 'Deny' {
	if (value === undefined) {
		throw malformed('Missing required field Effect');
	}

	if (value !== 'Allow' && value !== 'Deny') {
		throw malformed(typeof value === 'string' ? `Invalid effect: ${value}` : SYNTAX);
	}

	return value;
}

/** A string or a non-empty list of strings (Action, NotAction, Resource, NotResource). */
function stringList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : [value];
	if (list.length === 0 || list.some((item) => typeof item !== 'string')) {
		throw malformed(SYNTAX);
	}

	return list as string[];
}

function parseActions(statement: Json): {action: string[]} | {notAction: string[]} {
	const hasAction = statement.Action !== undefined;
	const hasNotAction = statement.NotAction !== undefined;
	if (hasAction === hasNotAction) {
		throw malformed(
			hasAction
				? 'Policy statement must contain either Action or NotAction, not both.'
				: 'Policy statement must contain actions.',
		);
	}

	const actions = stringList(hasAction ? statement.Action : statement.NotAction);
	for (const action of actions) {
		if (action !== '*' && !ACTION.test(action)) {
			throw malformed(action.includes(':') ? SYNTAX : VENDOR);
		}
	}

	return hasAction ? {action: actions} : {notAction: actions};
}

function parseResources(statement: Json): {resource: string[]} | {notResource: string[]} {
	const hasResource = statement.Resource !== undefined;
	const hasNotResource = statement.NotResource !== undefined;
	if (hasResource === hasNotResource) {
		throw malformed(
			hasResource
				? 'Policy statement must contain either Resource or NotResource, not both.'
				: 'Policy statement must contain resources.',
		);
	}

	const resources = stringList(hasResource ? statement.Resource : statement.NotResource);
	for (const resource of resources) {
		if (resource !== '*' && !(resource.startsWith('arn:') && resource.split(':').length >= 6)) {
			throw malformed(`Resource ${resource} must be in ARN format or "*".`);
		}
	}

	return hasResource ? {resource: resources} : {notResource: resources};
}

function parseConditions(value: unknown): ConditionClause[] {
	if (value === undefined) {
		return [];
	}

	if (!isObject(value)) {
		throw malformed(SYNTAX);
	}

	return Object.entries(value).flatMap(([operator, block]) => {
		if (parseOperator(operator) === undefined || !isObject(block)) {
			throw malformed(SYNTAX);
		}

		return Object.entries(block).map(([key, values]) => parseClause(operator, key, values));
	});
}

function parseClause(operator: string, key: string, value: unknown): ConditionClause {
	if (!/^[^:\s]+:\S/.test(key)) {
		throw malformed(VENDOR);
	}

	const values = Array.isArray(value) ? value : [value];
	const scalar = (item: unknown): item is ConditionValue =>
		typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item));
	if (values.length === 0 || !values.every(scalar)) {
		throw malformed(SYNTAX);
	}

	return {operator, key, values};
}
