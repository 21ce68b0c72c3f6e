import {SandboxError} from '../errors.js';
import type {SandboxStore} from '../store/index.js';
import type {AccessKeyRecord, UserRecord} from '../store/records.js';
import type {ActionSpec} from '../types.js';
import {isoDate} from './shapes.js';

/** IAM makes a new report when the last one is older than this (IAM User Guide, "credential reports"). */
const REPORT_LIFETIME_MS = 4 * 60 * 60 * 1000;

/** The columns of AWS's credential report, in AWS's order. */
export const CREDENTIAL_REPORT_COLUMNS = [
	'user',
	'arn',
	'user_creation_time',
	'password_enabled',
	'password_last_used',
	'password_last_changed',
	'password_next_rotation',
	'mfa_active',
	'access_key_1_active',
	'access_key_1_last_rotated',
	'access_key_1_last_used_date',
	'access_key_1_last_used_region',
	'access_key_1_last_used_service',
	'access_key_2_active',
	'access_key_2_last_rotated',
	'access_key_2_last_used_date',
	'access_key_2_last_used_region',
	'access_key_2_last_used_service',
	'cert_1_active',
	'cert_1_last_rotated',
	'cert_2_active',
	'cert_2_last_rotated',
] as const;

type Row = Record<(typeof CREDENTIAL_REPORT_COLUMNS)[number], string>;

/** The report's times: ISO 8601 with +00:00, as the report writes them. */
const reportTime = (epochMs: number): string => isoDate(epochMs).replace(/Z$/, '+00:00');

/**
 * GenerateCredentialReport / GetCredentialReport. The sandbox makes the report at once; it is made
 * from the account as it is when GetCredentialReport asks (the sandbox keeps no copy). What the
 * sandbox does not record is written as AWS writes an unknown: N/A (never used, no password) or
 * not_supported (the root user's password fields).
 */
export function credentialReportActions(store: SandboxStore): Record<string, ActionSpec> {
	return {
		GenerateCredentialReport: {
			iamAction: 'iam:GenerateCredentialReport',
			resource: () => '*',
			run(context) {
				const last = store.credentialReportAt();
				if (last !== undefined && context.now - last < REPORT_LIFETIME_MS) return {body: {State: 'COMPLETE'}};
				store.generateCredentialReport(context.now);
				return {body: {State: 'STARTED', Description: 'No report exists. Starting a new report generation task'}};
			},
		},
		GetCredentialReport: {
			iamAction: 'iam:GetCredentialReport',
			resource: () => '*',
			run(context) {
				const generatedAt = store.credentialReportAt();
				if (generatedAt === undefined) {
					throw new SandboxError(
						'ReportNotPresent',
						'Credential report not present. Call GenerateCredentialReport first.',
						410,
					);
				}
				if (context.now - generatedAt >= REPORT_LIFETIME_MS) {
					throw new SandboxError(
						'ReportExpired',
						'The credential report has expired. Call GenerateCredentialReport again.',
						410,
					);
				}
				const csv = credentialReport(store);
				return {
					body: {
						Content: Buffer.from(csv, 'utf8').toString('base64'),
						ReportFormat: 'text/csv',
						GeneratedTime: isoDate(generatedAt),
					},
				};
			},
		},
	};
}

/** The CSV: the root user's row, then one per user in name order. */
export function credentialReport(store: SandboxStore): string {
	const rows = [rootRow(store), ...store.users.list().map((user) => userRow(store, user))];
	return [
		CREDENTIAL_REPORT_COLUMNS.join(','),
		...rows.map((row) => CREDENTIAL_REPORT_COLUMNS.map((column) => row[column]).join(',')),
	].join('\n');
}

function rootRow(store: SandboxStore): Row {
	return {
		user: '<root_account>',
		arn: `arn:aws:iam::${store.accountId}:root`,
		user_creation_time: reportTime(store.createdAt()),
		password_enabled: 'not_supported',
		password_last_used: 'N/A',
		password_last_changed: 'not_supported',
		password_next_rotation: 'not_supported',
		mfa_active: 'false',
		...keyColumns(1, {status: 'Active', createDate: store.createdAt()}),
		...keyColumns(2, undefined),
		...certColumns(),
	};
}

function userRow(store: SandboxStore, user: UserRecord): Row {
	const keys = store.accessKeys.listFor(user.userName);
	return {
		user: user.userName,
		arn: user.arn,
		user_creation_time: reportTime(user.createDate),
		password_enabled: 'false',
		password_last_used: 'N/A',
		password_last_changed: 'N/A',
		password_next_rotation: 'N/A',
		mfa_active: String(store.mfaDevices.enabledFor(user.userName).length > 0),
		...keyColumns(1, keys[0]),
		...keyColumns(2, keys[1]),
		...certColumns(),
	};
}

/** A key never used says N/A in its last-used columns; the sandbox does not record use. */
function keyColumns(slot: 1 | 2, key: Pick<AccessKeyRecord, 'status' | 'createDate'> | undefined) {
	const prefix = `access_key_${slot}` as const;
	return {
		[`${prefix}_active`]: String(key?.status === 'Active'),
		[`${prefix}_last_rotated`]: key ? reportTime(key.createDate) : 'N/A',
		[`${prefix}_last_used_date`]: 'N/A',
		[`${prefix}_last_used_region`]: 'N/A',
		[`${prefix}_last_used_service`]: 'N/A',
	} as Pick<
		Row,
		`${typeof prefix}_${'active' | 'last_rotated' | 'last_used_date' | 'last_used_region' | 'last_used_service'}`
	>;
}

function certColumns() {
	return {cert_1_active: 'false', cert_1_last_rotated: 'N/A', cert_2_active: 'false', cert_2_last_rotated: 'N/A'};
}
