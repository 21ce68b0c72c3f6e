/*
 * The findings of one principal, read from its cells and its statements. The enrolment actions are
 * what AWS's own self-manage policy leaves to a user without MFA, so that they can enrol a first
 * device; they are no finding, except EnableMFADevice for a user with a key and no device yet: the
 * key holder may enrol their own. (For a user who has a device, AWS itself refuses it since 2023.)
 */
import {parsedPolicy} from '../sandbox/policy/index.js';
import {deciderOf} from './decider.js';
import {agesWithoutPresence, isBoolDenyOnPresence, meansMfa, statementsOf} from './mfa-keys.js';
import {cellIndex} from './report-read.js';
import type {Cell, Decider, Finding, Principal, PrincipalReport, Way} from './types.js';

export {cellIndex};

const ENROLMENT = new Set(
	[
		'iam:CreateVirtualMFADevice',
		'iam:EnableMFADevice',
		'iam:ResyncMFADevice',
		'iam:ListMFADevices',
		'iam:ListVirtualMFADevices',
		'iam:GetMFADevice',
		'iam:GetUser',
		'iam:ChangePassword',
		'iam:GetAccountPasswordPolicy',
		'sts:GetSessionToken',
	].map((action) => action.toLowerCase()),
);
/** What a stolen key would use to take the user's device away (Duo's first gap). */
const REMOVES_DEVICE = new Set(['iam:deactivatemfadevice', 'iam:deletevirtualmfadevice']);
/** What enrols a device: with only a key and no device yet, the key holder's own. */
const ENROLS_DEVICE = 'iam:enablemfadevice';

/** Findings about a user's cells and statements (roles: ./role-findings.ts). */
export function userFindings(principal: Principal, actions: readonly string[], cells: readonly Cell[]): Finding[] {
	const at = cellIndex(cells);
	const intent = meansMfa(principal);
	const grouped = new Map<string, {decidedBy?: Decider; way: Way; kind: Finding['kind']; actions: string[]}>();
	const findings: Finding[] = [];
	for (const action of actions) {
		const lower = action.toLowerCase();
		const weakest = (['longTermKey', 'noMfaSession'] as const).find((way) => at(action, way)?.decision === 'allowed');
		if (weakest === undefined || !intent) continue;
		const allowedBy = at(action, weakest)?.decidedBy;
		const single = singleFinding(principal, lower, weakest);
		if (single) {
			findings.push({
				...single,
				principal: principal.name,
				action,
				way: weakest,
				...(allowedBy ? {decidedBy: allowedBy} : {}),
			});
			continue;
		}
		if (ENROLMENT.has(lower)) continue;
		const boolDeny = slippedBoolDeny(principal, at(action, 'noMfaSession'));
		const decidedBy = weakest === 'longTermKey' && boolDeny ? boolDeny : allowedBy;
		const kind = weakest === 'longTermKey' && boolDeny ? 'boolDenyMissesKey' : 'allowedWithoutMfa';
		const key = `${kind} ${weakest} ${decidedBy?.policyId ?? ''} ${decidedBy?.statement ?? ''}`;
		const group = grouped.get(key) ?? {kind, way: weakest, actions: [], ...(decidedBy ? {decidedBy} : {})};
		group.actions.push(action);
		grouped.set(key, group);
	}
	for (const group of grouped.values()) {
		const [action, ...alsoActions] = group.actions;
		findings.push({
			kind: group.kind,
			severity: 'high',
			principal: principal.name,
			action,
			way: group.way,
			...(group.decidedBy ? {decidedBy: group.decidedBy} : {}),
			...(alsoActions.length > 0 ? {alsoActions} : {}),
		});
	}
	return [...findings, ...statementFindings(principal), ...credentialFindings(principal)];
}

/** The device findings, one per action: removing it without MFA; a key enrolling the first one. */
function singleFinding(
	principal: Principal,
	lower: string,
	weakest: Way,
): Pick<Finding, 'kind' | 'severity'> | undefined {
	if (REMOVES_DEVICE.has(lower)) return {kind: 'selfManagementWithoutMfa', severity: 'high'};
	if (lower === ENROLS_DEVICE && weakest === 'longTermKey' && keyWithoutDevice(principal))
		return {kind: 'firstDeviceFromKey', severity: 'high'};
	return undefined;
}

/** The Bool Deny that refused the session without MFA, when it is one (it then let the key through). */
function slippedBoolDeny(principal: Principal, noMfaCell: Cell | undefined): Decider | undefined {
	const decider = noMfaCell?.decision === 'explicitDeny' ? noMfaCell.decidedBy : undefined;
	if (!decider) return undefined;
	const source = [...principal.policies, ...(principal.boundary ? [principal.boundary] : [])].find(
		(candidate) => candidate.id === decider.policyId && candidate.kind === decider.kind,
	);
	const statement = source ? parsedPolicy(source.text).statements[decider.statement] : undefined;
	return statement && isBoolDenyOnPresence(statement) ? decider : undefined;
}

/** `NumericLessThan aws:MultiFactorAuthAge` with no presence check beside it. */
function statementFindings(principal: Principal): Finding[] {
	return statementsOf(principal)
		.filter(({statement}) => agesWithoutPresence(statement))
		.map(({source, index, statement}) => ({
			kind: 'mfaAgeWithoutPresence',
			severity: statement.effect === 'Deny' ? 'medium' : 'low',
			principal: principal.name,
			...((statement.action ?? statement.notAction)?.[0]
				? {action: (statement.action ?? statement.notAction)?.[0]}
				: {}),
			...(statement.effect === 'Deny' ? {way: 'longTermKey' as const} : {}),
			decidedBy: deciderOf(source, index),
		}));
}

/** An active access key and no MFA device yet (known from the account; never offline). */
const keyWithoutDevice = (principal: Principal) =>
	principal.credentials !== undefined &&
	principal.credentials.activeAccessKeys > 0 &&
	principal.credentials.mfaDevices === 0;

function credentialFindings(principal: Principal): Finding[] {
	const credentials = principal.credentials;
	if (principal.kind !== 'user' || !credentials || credentials.mfaDevices > 0) return [];
	const findings: Finding[] = [];
	if (credentials.activeAccessKeys > 0)
		findings.push({kind: 'keyWithoutDevice', severity: 'high', principal: principal.name, way: 'longTermKey'});
	if (credentials.passwordEnabled)
		findings.push({kind: 'consoleWithoutMfa', severity: 'high', principal: principal.name});
	return findings;
}

export type {PrincipalReport};
