/*
 * `check --policy FILE... [--trust FILE]`: the files are one principal's identity policies (a user,
 * or with --trust a role whose trust policy is that file), validated as IAM validates them.
 */
import {lstat, readFile} from 'node:fs/promises';
import {MAX_POLICY_LENGTH, parsePolicyDocument, parseTrustPolicy} from '../sandbox/policy/index.js';
import {UsageError} from '../errors.js';
import {CHECK_ERRORS} from '../words/check.js';
import type {PolicySource, Principal} from './types.js';

/** The account number AWS's documentation uses in its examples: no real account's. */
export const OFFLINE_ACCOUNT = '123456789012';
export const OFFLINE_USER = 'policy-user';
export const OFFLINE_ROLE = 'policy-role';

export async function offlinePrincipal(files: readonly string[], trustFile: string | undefined): Promise<Principal> {
	const policies = await Promise.all(files.map((file) => policyFile(file, 'identity')));
	const trust = trustFile === undefined ? undefined : await policyFile(trustFile, 'trust');
	const name = trust ? OFFLINE_ROLE : OFFLINE_USER;
	return {
		kind: trust ? 'role' : 'user',
		name,
		arn: `arn:aws:iam::${OFFLINE_ACCOUNT}:${trust ? 'role' : 'user'}/${name}`,
		accountId: OFFLINE_ACCOUNT,
		policies,
		...(trust ? {trust} : {}),
	};
}

async function policyFile(file: string, as: 'identity' | 'trust'): Promise<PolicySource> {
	const text = await readPolicyText(file);
	try {
		if (as === 'trust') parseTrustPolicy(text, OFFLINE_ACCOUNT, () => true);
		else parsePolicyDocument(text);
	} catch (error) {
		throw new UsageError(CHECK_ERRORS.policyInvalid(file, error instanceof Error ? error.message : String(error)));
	}
	return {id: file, kind: as === 'trust' ? 'trust' : 'file', text, file};
}

async function readPolicyText(file: string): Promise<string> {
	try {
		const info = await lstat(file);
		if (!info.isFile()) throw new Error(CHECK_ERRORS.details.notRegularFile);
		if (info.size > MAX_POLICY_LENGTH * 4) throw new Error(CHECK_ERRORS.details.fileTooLarge(MAX_POLICY_LENGTH));
		return await readFile(file, 'utf8');
	} catch (error) {
		const reason =
			(error as NodeJS.ErrnoException).code === 'ENOENT' ? CHECK_ERRORS.details.noSuchFile : (error as Error).message;
		throw new UsageError(CHECK_ERRORS.policyUnreadable(file, reason));
	}
}
