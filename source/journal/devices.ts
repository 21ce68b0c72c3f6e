import type {IamService, Tag} from '../aws/types.js';
import {JOURNAL_LEFTOVER_WORDS} from '../words/journal-leftovers.js';
import type {LeftoverDevice, LeftoverUser, Provenance} from '../resources/inventory.js';
import type {FindLeftoversOptions} from './leftovers.js';
import {isAccessDenied, isNotFound, isUnderPath, isVirtualDevice, ownedByRun, ownershipOf} from './ownership.js';
import {everyIdIn, namedIn} from './named.js';

/** Which virtual MFA devices are ours, judged by each device's own tags (ListMFADeviceTags). */
export interface MfaDeviceOwnership {
	/** Of these serials (a user's enabled devices), those that carry sts-mfa's tags. */
	ours(serialNumbers: readonly string[], signal?: AbortSignal): Promise<string[]>;
	/** Our devices assigned to nobody; `users` are the leftovers found, whose age dates their run's devices. */
	free(users: readonly LeftoverUser[], signal?: AbortSignal): Promise<{devices: LeftoverDevice[]; ignored: string[]}>;
}

/** A journal names a device by its name before creation and by its serial (an ARN) after. */
function deviceMatches(serialNumber: string, id: string): boolean {
	return serialNumber === id || serialNumber.endsWith(`/${id}`);
}

/** The device's tags; undefined when it is gone. A refusal to show them is a reason to leave it alone. */
async function tagsOf(
	iam: IamService,
	serialNumber: string,
	signal?: AbortSignal,
): Promise<Tag[] | 'denied' | undefined> {
	try {
		return await iam.listMfaDeviceTags(serialNumber, signal);
	} catch (error) {
		if (isNotFound(error)) return undefined;
		if (isAccessDenied(error)) return 'denied';
		throw error;
	}
}

/**
 * stolen-key's attacker creates a device with the user's key, which may not tag it; the operator
 * tags it a moment later. A run killed in between leaves it without tags: it is still this run's
 * when this machine's journal names it and its name carries the journal's run id (random, made here).
 */
function untaggedOfRun(tags: Tag[] | 'denied' | undefined, serialNumber: string, runId: string): boolean {
	return Array.isArray(tags) && tags.length === 0 && serialNumber.includes(`-${runId}-`);
}

/** An untracked device is as old as the user its run created, when that user is still there to say. */
function runCreatedAt(users: readonly LeftoverUser[], runId: string | undefined): Date | undefined {
	if (runId === undefined) return undefined;
	const user = users.find((candidate) => candidate.found.by === 'tags' && candidate.found.runId === runId);
	return user?.found.by === 'tags' ? user.found.createdAt : undefined;
}

export function findDevices(iam: IamService, options: FindLeftoversOptions, prefix: string): MfaDeviceOwnership {
	const named = namedIn(options.journals, 'devices');
	const protectedIds = everyIdIn(options.activeJournals ?? [], 'devices');
	return {
		async ours(serialNumbers, signal) {
			const virtual = serialNumbers.filter(isVirtualDevice);
			const tags = await Promise.all(virtual.map((serial) => tagsOf(iam, serial, signal)));
			return virtual.filter((_, index) => {
				const found = tags[index];
				return Array.isArray(found) && ownershipOf(found).ours;
			});
		},
		async free(users, signal) {
			const all = await iam.listVirtualMfaDevices(signal);
			// Assigned devices go with their user; devices outside our path are not ours, whatever a journal says.
			const candidates = all.filter(
				(device) =>
					device.userName === undefined &&
					isUnderPath(device.serialNumber, prefix) &&
					!protectedIds.some((id) => deviceMatches(device.serialNumber, id)),
			);
			const devices: LeftoverDevice[] = [];
			const ignored: string[] = [];
			for (const {serialNumber} of candidates) {
				const tags = await tagsOf(iam, serialNumber, signal);
				if (tags === undefined) continue;
				const ownership = Array.isArray(tags) ? ownershipOf(tags) : {ours: false};
				const journal = named.find(
					(entry) =>
						deviceMatches(serialNumber, entry.id) &&
						(ownedByRun(ownership, entry.runId) || untaggedOfRun(tags, serialNumber, entry.runId)),
				);
				if (!ownership.ours && !journal) {
					ignored.push(JOURNAL_LEFTOVER_WORDS.deviceNotOurs(serialNumber, tags === 'denied'));
					continue;
				}
				const createdAt = runCreatedAt(users, ownership.runId);
				const found: Provenance = journal
					? {by: 'journal', runId: journal.runId}
					: {
							by: 'tags',
							...(ownership.runId === undefined ? {} : {runId: ownership.runId}),
							...(createdAt ? {createdAt} : {}),
						};
				devices.push({serialNumber, found});
			}
			return {devices, ignored};
		},
	};
}
