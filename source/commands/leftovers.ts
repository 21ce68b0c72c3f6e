import {inDeletionOrder} from '../resources/kinds.js';
import {
	deleteLeftovers,
	findLeftovers,
	listJournals,
	planCleanup,
	removeJournal,
	runsNamed,
	type CleanupServices,
	type DeletionProgress,
	type JournalEntry,
	type Leftovers,
} from '../journal/index.js';
import {defaultRule, splitByRule} from '../journal/untracked.js';
import type {Leftover, LeftoverCleanup, Target} from '../scenario/types.js';

/* The dashboard's start-up offer, built from the same journal pieces as `sts-mfa cleanup`. */

export interface LeftoverOptions {
	readonly target: Target;
	/** The operator's IAM clients (the SDK may still be loading). */
	readonly services: () => Promise<CleanupServices>;
	/** The journals directory (default: the user's state directory). */
	readonly dir?: string;
}

/**
 * One row per resource, in the order deleteLeftovers works: an enabled device is one row
 * (deactivated, then deleted), a role one row (its managed policies detached, then deleted).
 */
function leftoverItems(leftovers: Leftovers): Leftover[] {
	return inDeletionOrder<Leftover>([
		...leftovers.users.flatMap(({userName, policyNames, accessKeyIds, mfaSerials}) => [
			...policyNames.map((id): Leftover => ({kind: 'userPolicy', id, userName})),
			...accessKeyIds.map((id): Leftover => ({kind: 'accessKey', id, userName})),
			...mfaSerials.map((id): Leftover => ({kind: 'virtualMfaDevice', id, userName})),
			{kind: 'user', id: userName} satisfies Leftover,
		]),
		...leftovers.devices.map((device): Leftover => ({kind: 'virtualMfaDevice', id: device.serialNumber})),
		...leftovers.roles.map((role): Leftover => ({kind: 'role', id: role.roleName})),
		...leftovers.policies.map((policy): Leftover => ({kind: 'managedPolicy', id: policy.arn})),
	]);
}

/**
 * The offer's row a deletion step ends, if any: a deactivation ends the device's row only when it
 * fails or the device is not ours (so only detached); a detachment ends the role's row only when it fails.
 */
function rowOf(progress: DeletionProgress, deletedAfterDeactivation: ReadonlySet<string>): Leftover | undefined {
	const failed = progress.outcome === 'failed';
	switch (progress.kind) {
		case 'mfaDeactivation':
			if (!failed && deletedAfterDeactivation.has(progress.id)) return undefined;
			return {kind: 'virtualMfaDevice', id: progress.id, userName: progress.userName};
		case 'rolePolicyDetachment':
			return failed && progress.roleName ? {kind: 'role', id: progress.roleName} : undefined;
		default:
			return {kind: progress.kind, id: progress.id, userName: progress.userName};
	}
}

/** Journals whose runs have nothing left once `remaining` is what is still there. */
async function removeFinishedJournals(journals: readonly JournalEntry[], remaining: Leftovers): Promise<void> {
	const stillNamed = runsNamed(remaining);
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
			const all = await findLeftovers(await options.services(), {journals, activeJournals: active, signal});
			// Untracked resources of a run that may still be live (someone else's) are offered only when old.
			const leftovers = splitByRule(all, defaultRule(Date.now())).deletable;
			found = {leftovers, journals};
			return leftoverItems(leftovers);
		},
		async deleteFound(onProgress, signal) {
			if (!found) return;
			const deletedAfterDeactivation = new Set(found.leftovers.users.flatMap((user) => user.ourMfaSerials));
			const {remaining} = await deleteLeftovers(
				await options.services(),
				found.leftovers,
				(progress) => {
					const row = rowOf(progress, deletedAfterDeactivation);
					const error = progress.outcome === 'failed' ? (progress.error ?? 'failed') : undefined;
					if (row) onProgress(row, error);
				},
				signal,
			);
			await removeFinishedJournals(found.journals, remaining);
		},
	};
}
