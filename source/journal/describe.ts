import ms from 'ms';
import {JOURNAL_LEFTOVER_WORDS as WORDS} from '../words/journal-leftovers.js';
import {deletionLabel, idNoun, pastTense} from '../words/resources.js';
import type {DeletionProgress} from './deletion.js';
import type {Leftovers, Provenance} from '../resources/inventory.js';
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
		case 'aws':
			return resolvedEndpoint
				? WORDS.endpointTarget(resolvedEndpoint, target.profile)
				: WORDS.awsTarget(target.profile);
		case 'endpoint':
			return WORDS.endpointTarget(target.endpoint);
		case 'sandbox':
			return WORDS.sandboxTarget;
	}
}

/** "5m", "2h", "3d": how long ago, as --older-than takes it. */
export function describeDuration(milliseconds: number): string {
	return ms(Math.max(0, milliseconds));
}

function describeAge(createdAt: Date | undefined, now: number): string {
	if (createdAt === undefined) return WORDS.ageUnknown;
	const ago = now - createdAt.getTime();
	return ago < 60_000 ? WORDS.underAMinute : WORDS.age(describeDuration(ago));
}

function describeProvenance(found: Provenance, now: number): string {
	if (found.by === 'journal') return WORDS.fromJournal(found.runId);
	return WORDS.untracked(found.runId, describeAge(found.createdAt, now));
}

/** One line per resource, attachments indented under their user or role. */
export function describeLeftovers(leftovers: Leftovers, now = Date.now()): string[] {
	const lines: string[] = [];
	const from = (found: Provenance) => describeProvenance(found, now);
	for (const user of leftovers.users) {
		lines.push(WORDS.user(user.userName, from(user.found)));
		lines.push(...user.policyNames.map(WORDS.userPolicy));
		lines.push(...user.accessKeyIds.map(WORDS.accessKey));
		lines.push(...user.mfaSerials.map(WORDS.enabledDevice));
	}
	for (const device of leftovers.devices) lines.push(WORDS.freeDevice(device.serialNumber, from(device.found)));
	for (const role of leftovers.roles) {
		lines.push(WORDS.role(role.roleName, from(role.found)));
		lines.push(...role.attachedPolicyArns.map(WORDS.attachedPolicy));
		lines.push(...role.inlinePolicyNames.map(WORDS.rolePolicy));
	}
	for (const policy of leftovers.policies) lines.push(WORDS.managedPolicy(policy.arn, from(policy.found)));
	return lines;
}

export function describeProgress(progress: DeletionProgress): string {
	const owner = progress.userName
		? WORDS.ofUser(progress.userName)
		: progress.roleName
			? WORDS.ofRole(progress.roleName)
			: '';
	const item = `${idNoun(progress.kind)} ${progress.id}${owner}`;
	switch (progress.outcome) {
		case 'deleted':
			return WORDS.done(pastTense(progress.kind), item);
		case 'alreadyGone':
			return WORDS.alreadyGone(item);
		case 'failed':
			return WORDS.failed(`${deletionLabel(progress.kind)} ${progress.id}${owner}`, progress.error);
	}
}
