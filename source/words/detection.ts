import type {TrailAttributeKey, TrailRecord} from '../aws/types.js';

/*
 * The defender's side: the CloudTrail record of an attack call, in the lines a defender reads, and
 * the `aws cloudtrail lookup-events` command that finds it. Shared by the dashboard and plain mode.
 */

export interface LookupCommandTarget {
	readonly region: string;
	/** The sandbox's (or a profile's) endpoint; absent on AWS. */
	readonly endpoint?: string;
}

/** The command, as a person would paste it (the values are ids and names, never secrets). */
export function lookupCommand(key: TrailAttributeKey, value: string, target: LookupCommandTarget): string {
	const endpoint = target.endpoint ? ` --endpoint-url ${target.endpoint}` : '';
	return `aws cloudtrail lookup-events --region ${target.region}${endpoint} --lookup-attributes AttributeKey=${key},AttributeValue=${value}`;
}

/** What a real account says instead of a record: CloudTrail is not immediate, and nothing is made up. */
export const DELIVERY_NOTE =
	'CloudTrail delivers an event within about 15 minutes of the call: run the command then. No record is shown until AWS returns one.';

export const NOT_FOUND = (eventName: string) => `No ${eventName} record was returned yet.`;

export const UNREADABLE = (count: number) =>
	`${count} record${count === 1 ? '' : 's'} did not have the shape of a CloudTrail record and ${count === 1 ? 'is' : 'are'} not shown.`;

/** The record's fields, one short line each, in the order a defender reads them. */
export function recordLines(record: TrailRecord): string[] {
	const identity = record.userIdentity;
	const outcome = record.errorCode ? `errorCode ${record.errorCode}` : 'no errorCode (it succeeded)';
	const mfa =
		identity.mfaAuthenticated === undefined
			? 'mfaAuthenticated absent: a long-term key'
			: `mfaAuthenticated ${identity.mfaAuthenticated}: a session`;
	return [
		`${record.eventName} on ${record.eventSource}: ${outcome}`,
		`by ${identity.type} ${identity.arn}`,
		`key ${identity.accessKeyId}, ${mfa}`,
		`from ${record.sourceIPAddress} at ${record.eventTime.toISOString().replace('.000Z', 'Z')}`,
	];
}

/** One record on one line, for the dashboard's detection panel: what a defender looks at first. */
export function recordLine(record: TrailRecord): string {
	const identity = record.userIdentity;
	const outcome = record.errorCode ?? 'ok';
	const mfa =
		identity.mfaAuthenticated === undefined
			? 'mfaAuthenticated absent'
			: `mfaAuthenticated ${identity.mfaAuthenticated}`;
	return `${record.eventName} (${record.eventSource}) ${outcome}: ${identity.type} key ${identity.accessKeyId}, ${mfa}`;
}

export const DETECTION_HEADING = 'CloudTrail records of the attack, found by the key that signed each call:';
export const LOOKUP_HEADING = 'Find them yourself:';
export const LOOKING_UP = 'Looking up the events…';
