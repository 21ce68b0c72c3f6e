import {deleteItem} from '../resources/delete.js';
import {leftoverSteps, remainingAfter} from '../resources/inventory.js';
import type {DeletionKind} from '../resources/kinds.js';
import {type DeletionStep, stepKey} from '../resources/plan.js';
import type {Leftovers} from '../resources/inventory.js';
import type {CleanupServices} from './leftovers.js';

export interface DeletionProgress {
	readonly kind: DeletionKind;
	/** Policy name or ARN, access key id, device serial, user or role name. */
	readonly id: string;
	/** The user the item belongs to, for a user's policies, keys and devices. */
	readonly userName?: string;
	/** The role a managed policy is detached from. */
	readonly roleName?: string;
	readonly outcome: 'deleted' | 'alreadyGone' | 'failed';
	/** One line for people when it failed; never a secret (AwsError messages carry none). */
	readonly error?: string;
}

export type ProgressListener = (progress: DeletionProgress) => void;

export interface DeletionResult {
	/** What is still there: failed items (and what depends on them). Empty when everything is gone. */
	readonly remaining: Leftovers;
	readonly failures: readonly DeletionProgress[];
}

/** Runs the steps one at a time, so progress reads in order; returns the keys of those done (or already gone). */
async function runSteps(
	services: CleanupServices,
	steps: readonly DeletionStep[],
	report: ProgressListener,
	signal?: AbortSignal,
): Promise<Set<string>> {
	const done = new Set<string>();
	for (const {after, ...item} of steps) {
		// What depends on a failed step is not attempted: it stays, and is listed as remaining.
		if (after !== undefined && !done.has(stepKey(after))) continue;
		try {
			report({...item, outcome: await deleteItem(services, item.kind, item, signal)});
			done.add(stepKey(item));
		} catch (error) {
			report({...item, outcome: 'failed', error: error instanceof Error ? error.message : String(error)});
		}
	}
	return done;
}

/**
 * Deletes the leftovers in the one deletion order teardown also follows (resources/plan.ts): the
 * users' inline policies, access keys, MFA devices (deactivated, then deleted) and the users;
 * the roles' managed policies detached, the roles (with their inline policies); then the managed
 * policies. Something already gone counts as done; a failure is reported and the rest still attempted.
 */
export async function deleteLeftovers(
	services: CleanupServices,
	leftovers: Leftovers,
	onProgress: ProgressListener = () => undefined,
	signal?: AbortSignal,
): Promise<DeletionResult> {
	const failures: DeletionProgress[] = [];
	const report = (progress: DeletionProgress): void => {
		if (progress.outcome === 'failed') failures.push(progress);
		onProgress(progress);
	};
	const done = await runSteps(services, leftoverSteps(leftovers), report, signal);
	return {remaining: remainingAfter(leftovers, (step) => done.has(stepKey(step))), failures};
}
