import {createHash} from 'node:crypto';
import {SandboxError} from '../errors.js';
import type {ActionContext, ActionResult, ActionSpec} from '../types.js';
import type {EventHistory, EventQuery, LookupAttributeKey} from './event-history.js';
import type {TrailEvent} from './record.js';

/*
 * cloudtrail:LookupEvents (botocore's cloudtrail model): at most one LookupAttribute, StartTime and
 * EndTime (epoch seconds on the wire), MaxResults 1–50 (default 50), NextToken bound to the
 * parameters it was issued for, the most recent event first.
 */

const KEYS: ReadonlySet<string> = new Set<LookupAttributeKey>([
	'EventId',
	'EventName',
	'ReadOnly',
	'Username',
	'ResourceType',
	'ResourceName',
	'EventSource',
	'AccessKeyId',
]);
const MAX_RESULTS = 50;
const MAX_VALUE_LENGTH = 2000;

export function cloudTrailActions(history: EventHistory): Record<string, ActionSpec> {
	return {
		LookupEvents: {
			iamAction: 'cloudtrail:LookupEvents',
			resource: () => '*',
			run: (context) => lookupEvents(history, context),
		},
	};
}

function lookupEvents(history: EventHistory, context: ActionContext): ActionResult {
	const input = inputOf(context.body);
	const filter = {
		attribute: lookupAttribute(input.LookupAttributes),
		startTime: time(input.StartTime, 'StartTime'),
		endTime: time(input.EndTime, 'EndTime'),
		insightsOnly: eventCategory(input.EventCategory),
	};
	if (filter.startTime !== undefined && filter.endTime !== undefined && filter.startTime > filter.endTime) {
		throw new SandboxError('InvalidTimeRangeException', 'Start time must be earlier than or equal to end time.');
	}
	const limit = maxResults(input.MaxResults);
	const fingerprint = fingerprintOf(filter);
	const before = input.NextToken === undefined ? undefined : openToken(input.NextToken, fingerprint);
	// The sandbox records no Insights events: asking for them finds none.
	if (filter.insightsOnly) return {body: {Events: []}};
	const query: EventQuery = {...filter, limit, ...(before === undefined ? {} : {before})};
	const {events, more} = history.lookup(query);
	const last = events.at(-1);
	const nextToken = more && last ? tokenOf(last.sequence, fingerprint) : undefined;
	return {body: {Events: events.map(eventShape), ...(nextToken ? {NextToken: nextToken} : {})}};
}

/** The protocol layer checked the body already; an action called otherwise still answers an AWS error. */
function inputOf(body: string): Record<string, unknown> {
	try {
		const input: unknown = body.trim() === '' ? {} : JSON.parse(body);
		if (typeof input === 'object' && input !== null && !Array.isArray(input)) return input as Record<string, unknown>;
	} catch {
		// answered below
	}
	throw new SandboxError('SerializationException', 'The request body must be a JSON object.');
}

function lookupAttribute(value: unknown): EventQuery['attribute'] {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) throw invalidAttributes('LookupAttributes must be a list.');
	if (value.length === 0) return undefined;
	if (value.length > 1) throw invalidAttributes('You can specify at most one lookup attribute.');
	const {AttributeKey: key, AttributeValue: text} = (value[0] ?? {}) as Record<string, unknown>;
	if (typeof key !== 'string' || !KEYS.has(key)) {
		throw invalidAttributes(`AttributeKey must be one of ${[...KEYS].join(', ')}.`);
	}
	if (typeof text !== 'string' || text.length < 1 || text.length > MAX_VALUE_LENGTH) {
		throw invalidAttributes(`AttributeValue must be 1 to ${MAX_VALUE_LENGTH} characters.`);
	}
	return {key: key as LookupAttributeKey, value: text};
}

/** Epoch seconds (what SDKs send) or an ISO 8601 text; milliseconds inside the sandbox. */
function time(value: unknown, name: string): number | undefined {
	if (value === undefined) return undefined;
	const ms = typeof value === 'number' ? value * 1000 : typeof value === 'string' ? Date.parse(value) : Number.NaN;
	if (!Number.isFinite(ms)) throw new SandboxError('InvalidTimeRangeException', `${name} is not a valid time.`);
	return ms;
}

function eventCategory(value: unknown): boolean {
	if (value === undefined) return false;
	if (value === 'insight') return true;
	throw new SandboxError('InvalidEventCategoryException', "EventCategory must be 'insight'.");
}

function maxResults(value: unknown): number {
	if (value === undefined) return MAX_RESULTS;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_RESULTS) {
		throw new SandboxError('InvalidMaxResultsException', `MaxResults must be an integer from 1 to ${MAX_RESULTS}.`);
	}
	return value;
}

function fingerprintOf(filter: object): string {
	return createHash('sha256').update(JSON.stringify(filter)).digest('base64url').slice(0, 16);
}

function tokenOf(sequence: number, fingerprint: string): string {
	return Buffer.from(`${sequence}.${fingerprint}`, 'utf8').toString('base64url');
}

/** The sequence the next page starts below; only for the parameters the token was issued with. */
function openToken(token: unknown, fingerprint: string): number {
	const [sequence = '', issuedFor] =
		typeof token === 'string' && token.length <= 128 ? Buffer.from(token, 'base64url').toString('utf8').split('.') : [];
	if (!/^\d{1,15}$/.test(sequence) || issuedFor !== fingerprint) {
		throw new SandboxError(
			'InvalidNextTokenException',
			'The NextToken is not valid, or was issued for other parameters than these.',
		);
	}
	return Number(sequence);
}

/** botocore's Event shape: EventTime in epoch seconds, the record as a JSON string. */
function eventShape(event: TrailEvent): Record<string, unknown> {
	return {
		EventId: event.eventId,
		EventName: event.eventName,
		ReadOnly: String(event.readOnly),
		AccessKeyId: event.accessKeyId,
		EventTime: Math.floor(event.eventTime / 1000),
		EventSource: event.eventSource,
		Username: event.username,
		Resources: event.resources.map((resource) => ({ResourceType: resource.type, ResourceName: resource.name})),
		CloudTrailEvent: JSON.stringify(event.record),
	};
}

function invalidAttributes(message: string): SandboxError {
	return new SandboxError('InvalidLookupAttributesException', message);
}
