import {leftoverRows, leftoverSteps} from '../resources/inventory.js';
import {rowEndedBy} from '../resources/plan.js';
import {
	deleteLeftovers,
	findLeftovers,
	listJournals,
	planCleanup,
	removeJournal,
	runsNamed,
	type CleanupServices,
	type JournalEntry,
	type Leftovers,
} from '../journal/index.js';
import {defaultRule, splitByRule} from '../journal/untracked.js';
import type {LeftoverCleanup, Target} from '../scenario/types.js';

/* The dashboard's start-up offer, built from the same journal pieces as `sts-mfa cleanup`. */

export interface LeftoverOptions {
	readonly target: Target;
	/** The operator's IAM clients (the SDK may still be loading). */
	readonly services: () => Promise<CleanupServices>;
	/** The journals directory (default: the user's state directory). */
	readonly dir?: string;
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
			// One row per resource: an enabled device is one row (deactivated, then deleted), a role one row.
			return leftoverRows(leftovers);
		},
		async deleteFound(onProgress, signal) {
			if (!found) return;
			const planned = leftoverSteps(found.leftovers);
			const {remaining} = await deleteLeftovers(
				await options.services(),
				found.leftovers,
				(progress) => {
					const failed = progress.outcome === 'failed';
					const row = rowEndedBy(progress, failed, planned);
					if (row) onProgress(row, failed ? (progress.error ?? 'failed') : undefined);
				},
				signal,
			);
			await removeFinishedJournals(found.journals, remaining);
		},
	};
}
