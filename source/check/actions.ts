/*
 * Which actions a principal is checked for: those its policies name (Action and NotAction, each
 * wildcard expanded against the catalogue) and the built-in set that always matters for MFA.
 * `--actions` / `--actions-file` replace the whole set.
 */
import {parsedPolicy} from '../sandbox/policy/index.js';
import {type Catalogue, expandPattern} from './catalogue.js';
import type {PolicySource, UnexpandedPattern} from './types.js';

/** MFA self-management: what a stolen key would use to remove or replace the user's device. */
export const MFA_SELF_MANAGEMENT = [
	'iam:CreateVirtualMFADevice',
	'iam:EnableMFADevice',
	'iam:DeactivateMFADevice',
	'iam:ResyncMFADevice',
	'iam:DeleteVirtualMFADevice',
] as const;

/**
 * Always checked: self-management, a new key, and the IAM actions that let a principal raise its
 * own permissions (the privilege-escalation paths Rhino Security Labs catalogued), and the two STS
 * calls that turn a key into a session.
 */
export const BUILT_IN_ACTIONS: readonly string[] = [
	...MFA_SELF_MANAGEMENT,
	'iam:CreateAccessKey',
	'iam:CreateLoginProfile',
	'iam:UpdateLoginProfile',
	'iam:AttachUserPolicy',
	'iam:AttachGroupPolicy',
	'iam:AttachRolePolicy',
	'iam:PutUserPolicy',
	'iam:PutGroupPolicy',
	'iam:PutRolePolicy',
	'iam:CreatePolicyVersion',
	'iam:SetDefaultPolicyVersion',
	'iam:AddUserToGroup',
	'iam:UpdateAssumeRolePolicy',
	'iam:PassRole',
	'sts:AssumeRole',
	'sts:GetSessionToken',
];

/** A wildcard covering more than this many actions is not listed one by one. */
export const MAX_EXPANSION = 200;

export interface ActionSet {
	readonly actions: readonly string[];
	readonly unexpanded: readonly UnexpandedPattern[];
}

/** The action patterns the policies name, in order of appearance. */
export function namedPatterns(policies: readonly PolicySource[]): string[] {
	return policies.flatMap((policy) =>
		parsedPolicy(policy.text).statements.flatMap((statement) => [
			...(statement.action ?? []),
			...(statement.notAction ?? []),
		]),
	);
}

export function actionSet(catalogue: Catalogue, policies: readonly PolicySource[]): ActionSet {
	const chosen = new Map<string, string>();
	const add = (action: string) => {
		const key = action.toLowerCase();
		if (!chosen.has(key)) chosen.set(key, catalogue.spelling(action) ?? action);
	};
	const unexpanded: UnexpandedPattern[] = [];
	for (const pattern of namedPatterns(policies)) {
		if (pattern === '*') {
			unexpanded.push({pattern, covers: catalogue.actionCount});
			continue;
		}
		const covered = expandPattern(catalogue, pattern);
		if (covered.length > MAX_EXPANSION) unexpanded.push({pattern, covers: covered.length});
		else covered.forEach(add);
	}
	BUILT_IN_ACTIONS.forEach(add);
	return {actions: [...chosen.values()].sort(byServiceThenName), unexpanded: dedupe(unexpanded)};
}

/** `--actions` / `--actions-file`: the given names, wildcards expanded the same way. */
export function givenActionSet(catalogue: Catalogue, patterns: readonly string[]): ActionSet {
	const chosen = new Map<string, string>();
	const unexpanded: UnexpandedPattern[] = [];
	for (const pattern of patterns) {
		const covered = pattern === '*' ? [] : expandPattern(catalogue, pattern);
		if (pattern === '*' || covered.length > MAX_EXPANSION)
			unexpanded.push({pattern, covers: pattern === '*' ? catalogue.actionCount : covered.length});
		else for (const action of covered) chosen.set(action.toLowerCase(), action);
	}
	return {actions: [...chosen.values()].sort(byServiceThenName), unexpanded: dedupe(unexpanded)};
}

function byServiceThenName(a: string, b: string): number {
	return a.localeCompare(b, 'en');
}

function dedupe(patterns: readonly UnexpandedPattern[]): UnexpandedPattern[] {
	const seen = new Map(patterns.map((entry) => [entry.pattern, entry]));
	return [...seen.values()];
}
