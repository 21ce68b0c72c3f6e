import type {IamService} from '../aws/types.js';
import {
	deleteLeftovers,
	findLeftovers,
	listJournals,
	planCleanup,
	removeJournal,
	type JournalEntry,
	type Leftovers,
} from '../journal/index.js';
import {defaultRule, splitByRule} from '../journal/untracked.js';
import type {Leftover, LeftoverCleanup, Target} from '../scenario/types.js';

/* The dashboard's start-up offer, built from the same journal pieces as `sts-mfa cleanup`. */

export interface LeftoverOptions {
	readonly target: Target;
	/** The operator's IAM client (the SDK may still be loading). */
	readonly iam: () => Promise<IamService>;
	/** The journals directory (default: the user's state directory). */
	readonly dir?: string;
}

/** In the order deleteLeftovers works: each user's policies, keys and devices, the user, then free devices. */
function leftoverItems(leftovers: Leftovers): Leftover[] {
	const items: Leftover[] = [];
	for (const user of leftovers.users) {
		const {userName} = user;
		items.push(
			...user.policyNames.map((id): Leftover => ({kind: 'userPolicy', id, userName})),
			...user.accessKeyIds.map((id): Leftover => ({kind: 'accessKey', id, userName})),
			...user.mfaSerials.map((id): Leftover => ({kind: 'virtualMfaDevice', id, userName})),
			{kind: 'user', id: userName},
		);
	}
	return [
		...items,
		...leftovers.devices.map((device): Leftover => ({kind: 'virtualMfaDevice', id: device.serialNumber})),
	];
}

/** Journals whose runs have nothing left once `remaining` is what is still there. */
async function removeFinishedJournals(journals: readonly JournalEntry[], remaining: Leftovers): Promise<void> {
	const named = [...remaining.users.map((user) => user.found), ...remaining.devices.map((device) => device.found)];
	const stillNamed = new Set(named.flatMap((found) => (found.by === 'journal' ? [found.runId] : [])));
	// A journal that cannot be removed only means cleanup looks there again later.
	await Promise.all(
		journals
			.filter((journal) => !stillNamed.has(journal.runId))
			.map((journal) => removeJournal(journal).catch(() => {})),
	);
}

/**
 * Finds what earlier runs left on this run's target — from the journals of finished runs against
 * it in the same account, and by the demo's IAM path and tags when old enough (untracked.ts) — and
 * deletes exactly that on request.
 */
export function journalLeftovers(options: LeftoverOptions): LeftoverCleanup {
	let found: {leftovers: Leftovers; journals: readonly JournalEntry[]} | undefined;
	return {
		async find(account, signal) {
			const listing = await listJournals(options.dir);
			const active = listing.journals.filter((journal) => journal.active);
			const {target} = options;
			const plan = planCleanup(
				listing.journals.filter((journal) => !journal.active),
				{kind: target.kind, region: target.region, endpoint: target.endpoint, profile: target.profile},
			);
			// A journal from another account must not steer deletions in this one.
			const journals = (plan.groups[0]?.journals ?? []).filter(
				(journal) => journal.account === undefined || journal.account === account,
			);
			const all = await findLeftovers(await options.iam(), {journals, activeJournals: active, signal});
			// Untracked resources of a run that may still be live (someone else's) are offered only when old.
			const leftovers = splitByRule(all, defaultRule(Date.now())).deletable;
			found = {leftovers, journals};
			return leftoverItems(leftovers);
		},
		async deleteFound(onProgress, signal) {
			if (!found) return;
			const deletedAfterDeactivation = new Set(found.leftovers.users.flatMap((user) => user.ourMfaSerials));
			const {remaining} = await deleteLeftovers(
				await options.iam(),
				found.leftovers,
				(progress) => {
					const error = progress.outcome === 'failed' ? (progress.error ?? 'failed') : undefined;
					// The device row ends with its deletion; a deactivation only ends it when it fails, or
					// when the device is not ours and so is only detached.
					if (progress.kind === 'mfaDeactivation' && !error && deletedAfterDeactivation.has(progress.id)) return;
					const kind = progress.kind === 'mfaDeactivation' ? 'virtualMfaDevice' : progress.kind;
					onProgress({kind, id: progress.id, userName: progress.userName}, error);
				},
				signal,
			);
			await removeFinishedJournals(found.journals, remaining);
		},
	};
}
