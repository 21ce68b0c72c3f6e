import type {AnsweredRequest} from '../router.js';
import {type TrailEvent, trailEventOf} from './record.js';

/** The most recent events kept: older ones are dropped, oldest first (docs/sandbox.md). */
export const EVENT_HISTORY_CAPACITY = 10_000;

export type LookupAttributeKey =
	| 'EventId'
	| 'EventName'
	| 'ReadOnly'
	| 'Username'
	| 'ResourceType'
	| 'ResourceName'
	| 'EventSource'
	| 'AccessKeyId';

export interface EventQuery {
	readonly attribute?: {readonly key: LookupAttributeKey; readonly value: string};
	readonly startTime?: number;
	readonly endTime?: number;
	/** Only events older than this sequence number (the next page). */
	readonly before?: number;
	readonly limit: number;
}

/**
 * The sandbox's CloudTrail event history: every request answered for an authenticated caller, in
 * memory only, bounded. A ring of fixed size: recording never allocates beyond it, and a lookup
 * reads each kept event at most once.
 */
export class EventHistory {
	readonly #events: (TrailEvent | undefined)[];
	#next = 0;

	constructor(readonly capacity = EVENT_HISTORY_CAPACITY) {
		this.#events = new Array<TrailEvent | undefined>(capacity);
	}

	record(answered: AnsweredRequest): void {
		this.#events[this.#next % this.capacity] = trailEventOf(answered, this.#next);
		this.#next += 1;
	}

	/** Matching events, most recent first, and whether older ones match too. */
	lookup(query: EventQuery): {events: TrailEvent[]; more: boolean} {
		const events: TrailEvent[] = [];
		const oldest = Math.max(0, this.#next - this.capacity);
		const newest = Math.min(this.#next, query.before ?? this.#next) - 1;
		for (let sequence = newest; sequence >= oldest; sequence -= 1) {
			const event = this.#events[sequence % this.capacity]!;
			if (!matches(event, query)) continue;
			if (events.length === query.limit) return {events, more: true};
			events.push(event);
		}
		return {events, more: false};
	}
}

function matches(event: TrailEvent, query: EventQuery): boolean {
	// CloudTrail's times have whole seconds: an event is at the second its record says.
	const second = Math.floor(event.eventTime / 1000) * 1000;
	if (query.startTime !== undefined && second < query.startTime) return false;
	if (query.endTime !== undefined && second > query.endTime) return false;
	return query.attribute === undefined || attributeMatches(event, query.attribute.key, query.attribute.value);
}

function attributeMatches(event: TrailEvent, key: LookupAttributeKey, value: string): boolean {
	switch (key) {
		case 'EventId':
			return event.eventId === value;
		case 'EventName':
			return event.eventName === value;
		case 'ReadOnly':
			return String(event.readOnly) === value;
		case 'Username':
			return event.username === value;
		case 'ResourceType':
			return event.resources.some((resource) => resource.type === value);
		case 'ResourceName':
			return event.resources.some((resource) => resource.name === value);
		case 'EventSource':
			return event.eventSource === value;
		case 'AccessKeyId':
			return event.accessKeyId === value;
		default:
			return key satisfies never;
	}
}
