import type {Decider, Finding, FindingKind, Severity, Way} from '../check/types.js';

/* Every word of a finding: its title, its one-line fix, and how a way of signing and a statement are named. */

export const WAY_NAMES: Record<Way, string> = {
	longTermKey: 'long-term key',
	noMfaSession: 'session without MFA',
	freshMfaSession: 'fresh MFA session',
	oldMfaSession: 'MFA session 2 h old',
	noMfaRoleSession: 'AssumeRole without MFA',
	mfaRoleSession: 'AssumeRole with MFA',
};

/** Matrix column headings: short, so four fit beside an action at 80 columns. */
export const WAY_COLUMNS: Record<Way, string> = {
	longTermKey: 'key',
	noMfaSession: 'no MFA',
	freshMfaSession: 'MFA',
	oldMfaSession: 'MFA 2h',
	noMfaRoleSession: 'assume',
	mfaRoleSession: 'assume+MFA',
};

export const SEVERITY_NAMES: Record<Severity, string> = {high: 'high', medium: 'medium', low: 'low'};

export const FINDING_TITLES: Record<FindingKind, string> = {
	allowedWithoutMfa: 'Allowed without MFA',
	boolDenyMissesKey: 'A Deny under Bool lets the long-term key through',
	selfManagementWithoutMfa: 'The MFA device can be removed without MFA',
	firstDeviceFromKey: 'Whoever holds the key can enrol the first MFA device',
	mfaAgeWithoutPresence: 'MFA age compared without a presence check',
	keyWithoutDevice: 'Access key and no MFA device',
	consoleWithoutMfa: 'Console password and no MFA device',
	roleAssumableWithoutMfa: 'Role assumable without MFA reaches what needs MFA',
};

export const FINDING_FIXES: Record<FindingKind, string> = {
	allowedWithoutMfa:
		'Require MFA: add Bool aws:MultiFactorAuthPresent true to the Allow, or a Deny under BoolIfExists aws:MultiFactorAuthPresent false.',
	boolDenyMissesKey:
		'Write BoolIfExists aws:MultiFactorAuthPresent false in the Deny: a long-term key has no such key, and Bool never matches it.',
	selfManagementWithoutMfa:
		"Keep iam:DeactivateMFADevice and iam:DeleteVirtualMFADevice out of the Deny's exceptions, as AWS's current self-manage policy does.",
	firstDeviceFromKey:
		"Enrol the user's MFA device now (or delete the key): until then the key alone may enrol one, then sign in with MFA.",
	mfaAgeWithoutPresence:
		'Add Bool aws:MultiFactorAuthPresent true beside the aws:MultiFactorAuthAge comparison, so the intent does not hang on an absent key.',
	keyWithoutDevice: 'Enable an MFA device for the user and require it by policy, or delete the access key.',
	consoleWithoutMfa: 'Enable an MFA device for the user, or delete its console password (login profile).',
	roleAssumableWithoutMfa: "Add Bool aws:MultiFactorAuthPresent true to the trust policy's Allow.",
};

/** "Allow "AllowAll" (policy admin, line 3)"; "no statement allows it" for an implicit deny. */
export function statementName(decider: Decider | undefined): string {
	if (!decider) return 'no statement allows it';
	const sid = decider.sid ? ` "${decider.sid}"` : ` statement ${decider.statement + 1}`;
	const where = decider.file ?? `${POLICY_KIND_NAMES[decider.kind]} ${decider.policyId}`;
	return `${decider.effect}${sid} (${where}${decider.line ? `, line ${decider.line}` : ''})`;
}

export const POLICY_KIND_NAMES: Record<Decider['kind'], string> = {
	inline: 'inline policy',
	managed: 'managed policy',
	'group-inline': 'group policy',
	'group-managed': 'group managed policy',
	file: 'file',
	boundary: 'boundary',
	trust: 'trust policy',
};

/** One line: what, by which way, decided by which statement. */
export function findingLine(finding: Finding): string {
	const more = finding.alsoActions?.length ? ` (+${finding.alsoActions.length} more)` : '';
	const parts = [
		...(finding.action ? [`${finding.action}${more}`] : []),
		...(finding.way ? [WAY_NAMES[finding.way]] : []),
		...(finding.decidedBy ? [statementName(finding.decidedBy)] : []),
	];
	return parts.length === 0 ? FINDING_TITLES[finding.kind] : `${FINDING_TITLES[finding.kind]}: ${parts.join(' · ')}`;
}
