import {type CloudTrailClient, LookupEventsCommand, type LookupEventsCommandOutput} from '@aws-sdk/client-cloudtrail';
import {toAwsError} from './map-error.js';
import type {TrailLookup, TrailRecord, TrailService} from './types.js';

/*
 * CloudTrail's LookupEvents, for the defender's side of the stolen-key scenario. Each record comes
 * from the network as a JSON string: it is read field by field against CloudTrail's documented
 * record contents, and a record that does not fit is left out (counted, never shown), so nothing
 * AWS did not return, and nothing that could drive the terminal, is printed.
 */

/** LookupEvents answers at most 50 events a page; a defender's question here needs a few. */
const MAX_PAGES = 4;
const TEXT = /^[\x20-\x7e]{1,2048}$/;
const IDENTITY_TYPES: ReadonlySet<string> = new Set([
	'IAMUser',
	'AssumedRole',
	'Root',
	'FederatedUser',
	'AWSAccount',
	'AWSService',
	'IdentityCenterUser',
]);

export function createTrailService(client: CloudTrailClient): TrailService {
	return {
		async lookupEvents(lookup, signal) {
			const records: TrailRecord[] = [];
			let unreadable = 0;
			let nextToken: string | undefined;
			for (let page = 0; page < MAX_PAGES; page += 1) {
				const output = await lookupPage(client, lookup, nextToken, signal);
				for (const event of output.Events ?? []) {
					const record = parseTrailRecord(event.CloudTrailEvent);
					if (record) records.push(record);
					else unreadable += 1;
				}
				nextToken = output.NextToken;
				if (!nextToken) break;
			}
			return {records, unreadable};
		},
	};
}

async function lookupPage(
	client: CloudTrailClient,
	{attribute, startTime}: TrailLookup,
	nextToken: string | undefined,
	signal: AbortSignal | undefined,
): Promise<LookupEventsCommandOutput> {
	const input = {
		LookupAttributes: [{AttributeKey: attribute.key, AttributeValue: attribute.value}],
		StartTime: startTime,
		NextToken: nextToken,
	};
	try {
		return await client.send(new LookupEventsCommand(input), {abortSignal: signal});
	} catch (error) {
		throw toAwsError(error, 'cloudtrail', 'LookupEvents', signal);
	}
}

/** A CloudTrail record as the scenario shows it, or undefined when it is not one. */
export function parseTrailRecord(json: string | undefined): TrailRecord | undefined {
	let value: unknown;
	try {
		value = JSON.parse(json ?? '');
	} catch {
		return undefined;
	}
	const record = objectOf(value);
	const identity = objectOf(record?.userIdentity);
	if (!record || !identity) return undefined;
	const attributes = objectOf(objectOf(identity.sessionContext)?.attributes);
	const fields = {
		eventName: text(record.eventName),
		eventSource: text(record.eventSource),
		eventTime: text(record.eventTime),
		sourceIPAddress: text(record.sourceIPAddress),
		type: text(identity.type),
		arn: text(identity.arn),
		accountId: text(identity.accountId),
		accessKeyId: text(identity.accessKeyId),
	};
	if (Object.values(fields).some((field) => field === undefined)) return undefined;
	const time = new Date(fields.eventTime!);
	if (Number.isNaN(time.getTime()) || !IDENTITY_TYPES.has(fields.type!)) return undefined;
	const mfa = attributes?.mfaAuthenticated;
	if (mfa !== undefined && mfa !== 'true' && mfa !== 'false') return undefined;
	const errorCode = optionalText(record.errorCode);
	const errorMessage = optionalText(record.errorMessage);
	if (errorCode === null || errorMessage === null) return undefined;
	return {
		eventName: fields.eventName!,
		eventSource: fields.eventSource!,
		eventTime: time,
		sourceIPAddress: fields.sourceIPAddress!,
		...(errorCode === undefined ? {} : {errorCode}),
		...(errorMessage === undefined ? {} : {errorMessage}),
		userIdentity: {
			type: fields.type!,
			arn: fields.arn!,
			accountId: fields.accountId!,
			accessKeyId: fields.accessKeyId!,
			...(mfa === undefined ? {} : {mfaAuthenticated: mfa}),
		},
	};
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** Printable ASCII only: a record's text must not carry escape sequences to the terminal. */
function text(value: unknown): string | undefined {
	return typeof value === 'string' && TEXT.test(value) ? value : undefined;
}

/** undefined when absent, null when present but not text. */
function optionalText(value: unknown): string | undefined | null {
	if (value === undefined || value === null) return undefined;
	return text(value) ?? null;
}
