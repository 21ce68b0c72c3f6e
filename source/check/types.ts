/** The data of one check: principals, the cells of their matrix, and the findings. */

/** How a request is signed, which decides what aws:MultiFactorAuthPresent and …Age say. */
export type Way =
	| 'longTermKey'
	| 'noMfaSession'
	| 'freshMfaSession'
	| 'oldMfaSession'
	| 'noMfaRoleSession'
	| 'mfaRoleSession';

/** A user signs with its key or its sessions; a role is reached through AssumeRole, with or without MFA. */
export const USER_WAYS: readonly Way[] = ['longTermKey', 'noMfaSession', 'freshMfaSession', 'oldMfaSession'];
export const ROLE_WAYS: readonly Way[] = ['noMfaRoleSession', 'mfaRoleSession'];
export const WAYS_WITHOUT_MFA: ReadonlySet<Way> = new Set<Way>(['longTermKey', 'noMfaSession', 'noMfaRoleSession']);

export type PolicyKind = 'inline' | 'managed' | 'group-inline' | 'group-managed' | 'file' | 'boundary' | 'trust';

/** A policy document as the principal holds it. */
export interface PolicySource {
	/** How the simulator names it (SourcePolicyId): the policy name, or the file for offline input. */
	readonly id: string;
	readonly kind: PolicyKind;
	readonly text: string;
	/** The file it came from (offline), for SARIF locations. */
	readonly file?: string;
	/** The group it came through. */
	readonly group?: string;
}

/** What the credential report and the list calls say; unknown offline. */
export interface Credentials {
	readonly mfaDevices: number;
	readonly activeAccessKeys: number;
	readonly passwordEnabled: boolean;
}

export interface Principal {
	readonly kind: 'user' | 'role';
	readonly name: string;
	readonly arn: string;
	readonly accountId: string;
	/** Identity policies: inline, attached and from groups (managed ones at their default version). */
	readonly policies: readonly PolicySource[];
	readonly boundary?: PolicySource;
	/** A role's trust policy. */
	readonly trust?: PolicySource;
	readonly credentials?: Credentials;
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** The statement that decided a cell: which policy, which statement, where. */
export interface Decider {
	readonly policyId: string;
	readonly kind: PolicyKind;
	/** The statement's index in its document. */
	readonly statement: number;
	readonly sid?: string;
	readonly effect: 'Allow' | 'Deny';
	/** 1-based line of the statement's opening brace in the document. */
	readonly line?: number;
	readonly file?: string;
}

export interface Cell {
	readonly action: string;
	readonly way: Way;
	readonly decision: Decision;
	/** The first statement that decided it; none for an implicit deny (nothing allowed it). */
	readonly decidedBy?: Decider;
	/** For a role, when its trust policy refused the AssumeRole that the way needs. */
	readonly refusedByTrust?: boolean;
}

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export type FindingKind =
	| 'allowedWithoutMfa'
	| 'boolDenyMissesKey'
	| 'selfManagementWithoutMfa'
	| 'firstDeviceFromKey'
	| 'mfaAgeWithoutPresence'
	| 'keyWithoutDevice'
	| 'consoleWithoutMfa'
	| 'roleAssumableWithoutMfa';

export interface Finding {
	readonly kind: FindingKind;
	readonly severity: Severity;
	readonly principal: string;
	readonly action?: string;
	readonly way?: Way;
	readonly decidedBy?: Decider;
	/** Further actions with the same cause, when one finding stands for several. */
	readonly alsoActions?: readonly string[];
}

export interface PrincipalReport {
	readonly principal: Principal;
	readonly ways: readonly Way[];
	readonly actions: readonly string[];
	readonly cells: readonly Cell[];
	readonly findings: readonly Finding[];
}

/** A wildcard that covers too many actions to list, left out of the matrix (the built-in set still runs). */
export interface UnexpandedPattern {
	readonly pattern: string;
	readonly covers: number;
}

export interface CheckReport {
	readonly target: {readonly kind: 'offline' | 'aws' | 'endpoint'; readonly where?: string};
	readonly principals: readonly PrincipalReport[];
	readonly unexpanded: readonly UnexpandedPattern[];
}
