import {AwsError} from '../aws/errors.js';
import type {Tag} from '../aws/types.js';

/*
 * What makes a resource sts-mfa's: its own tags, read from IAM. A path or a name can be anyone's
 * (a colleague may create devices under /sts-mfa/ by hand); the tags are written by the run that
 * created the resource, together with its run id.
 */

/** Every resource sts-mfa creates lives under this IAM path and carries this tag. */
export const DEMO_PATH = '/sts-mfa/';
export const CREATED_BY_TAG = {key: 'sts-mfa:created-by', value: 'sts-mfa'} as const;
/** The run that created the resource (its value is the run id the journal is named after). */
export const RUN_TAG_KEY = 'sts-mfa:run';

export interface Ownership {
	/** The resource carries sts-mfa's created-by tag. */
	readonly ours: boolean;
	/** The run id of its `sts-mfa:run` tag, if any. */
	readonly runId?: string;
}

export function ownershipOf(tags: readonly Tag[]): Ownership {
	const ours = tags.some((tag) => tag.key === CREATED_BY_TAG.key && tag.value === CREATED_BY_TAG.value);
	const runId = tags.find((tag) => tag.key === RUN_TAG_KEY)?.value;
	return {ours, ...(runId === undefined ? {} : {runId})};
}

/** Ours, and (when the resource names its run) created by `runId`: a journal's name for someone else's resource is not enough. */
export function ownedByRun(ownership: Ownership, runId: string): boolean {
	return ownership.ours && (ownership.runId === undefined || ownership.runId === runId);
}

export function isNotFound(error: unknown): boolean {
	return error instanceof AwsError && error.kind === 'notFound';
}

export function isAccessDenied(error: unknown): boolean {
	return error instanceof AwsError && error.kind === 'accessDenied';
}

/** Virtual device serials are ARNs ending in mfa/PATH/NAME; hardware devices have plain serials and no tags. */
export function isVirtualDevice(serialNumber: string): boolean {
	return serialNumber.startsWith('arn:') && serialNumber.includes(':mfa/');
}

/** Under our path: a cheap first filter before the tags decide, never a reason on its own. */
export function isUnderPath(serialNumber: string, prefix = DEMO_PATH): boolean {
	return serialNumber.includes(`:mfa${prefix}`);
}
