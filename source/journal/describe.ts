import ms from 'ms';
import {deletionLabel, idNoun, pastTense} from '../words/resources.js';
import type {DeletionProgress} from './deletion.js';
import type {Leftovers, Provenance} from './leftovers.js';
import type {JournalTarget} from './record.js';

/* Plain-text lines for `sts-mfa cleanup`: what was found, how, and what happened to each item. */

export {describeLeftBehind} from '../words/resources.js';

/**
 * Where cleanup works, in words. `resolvedEndpoint` is where an AWS target's configuration (a
 * profile's endpoint_url, AWS_ENDPOINT_URL) really sends the calls, once connected: then it is
 * named, never called "AWS".
 */
export function describeTarget(target: JournalTarget, resolvedEndpoint?: string): string {
	switch (target.kind) {
		case 'aws': {
			const profile = target.profile ? ` (profile ${target.profile})` : '';
			return resolvedEndpoint ? `endpoint ${resolvedEndpoint}${profile}` : `AWS${profile}`;
		}
		case 'endpoint':
			return `endpoint ${target.endpoint ?? '(unknown)'}`;
		case 'sandbox':
			return 'the embedded sandbox';
	}
}

/** "5m", "2h", "3d": how long ago, as --older-than takes it. */
export function describeDuration(milliseconds: number): string {
	return ms(Math.max(0, milliseconds));
}

function describeProvenance(found: Provenance, now: number): string {
	if (found.by === 'journal') return `from the journal of run ${found.runId}`;
	const ago = found.createdAt ? now - found.createdAt.getTime() : undefined;
	const age =
		ago === undefined
			? 'age unknown'
			: ago < 60_000
				? 'created less than a minute ago'
				: `created ${describeDuration(ago)} ago`;
	return `from run ${found.runId ?? '(unnamed)'}, no record on this machine, ${age}`;
}

/** One line per resource, attachments indented under their user or role. */
export function describeLeftovers(leftovers: Leftovers, now = Date.now()): string[] {
	const lines: string[] = [];
	for (const user of leftovers.users) {
		lines.push(`  user ${user.userName}  (${describeProvenance(user.found, now)})`);
		for (const name of user.policyNames) lines.push(`    inline policy ${name}`);
		for (const id of user.accessKeyIds) lines.push(`    access key ${id}`);
		for (const serial of user.mfaSerials) lines.push(`    MFA device ${serial} (enabled)`);
	}
	for (const device of leftovers.devices) {
		lines.push(`  virtual MFA device ${device.serialNumber} (unassigned)  (${describeProvenance(device.found, now)})`);
	}
	for (const role of leftovers.roles) {
		lines.push(`  role ${role.roleName}  (${describeProvenance(role.found, now)})`);
		for (const arn of role.attachedPolicyArns) lines.push(`    managed policy ${arn} (attached)`);
		for (const name of role.inlinePolicyNames) lines.push(`    inline policy ${name}`);
	}
	for (const policy of leftovers.policies) {
		lines.push(`  managed policy ${policy.arn}  (${describeProvenance(policy.found, now)})`);
	}
	return lines;
}

export function describeProgress(progress: DeletionProgress): string {
	const owner = progress.userName
		? ` (user ${progress.userName})`
		: progress.roleName
			? ` (role ${progress.roleName})`
			: '';
	const item = `${idNoun(progress.kind)} ${progress.id}${owner}`;
	switch (progress.outcome) {
		case 'deleted':
			return `  ${pastTense(progress.kind)} ${item}`;
		case 'alreadyGone':
			return `  already gone: ${item}`;
		case 'failed':
			return `  FAILED: ${deletionLabel(progress.kind)} ${progress.id}${owner}: ${progress.error ?? 'unknown error'}`;
	}
}
