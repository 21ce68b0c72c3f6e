import type {TrailRecord} from '../../aws/types.js';
import type {PerformContext} from '../perform.js';
import {scenarioOf} from '../scenarios/index.js';
import type {ScenarioState} from '../types.js';
import type {Detection, FoundEvent} from './types.js';

/*
 * The defender's side: every attack call, and the CloudTrail record of it that LookupEvents
 * returns, looked up by the access key that signed it. On AWS a record may not be there yet
 * (CloudTrail delivers within about 15 minutes): then none is shown, never one made up.
 */

/** The attack calls in the order made: the stolen key's listing first, then each move's. */
export function attackCalls(state: ScenarioState): FoundEvent[] {
	const scenario = scenarioOf(state);
	const key = state.resources.accessKey?.accessKeyId;
	const listing: FoundEvent[] =
		key && state.results.withoutMfa
			? [{step: scenario.deniedStep, call: {eventName: 'ListBuckets', accessKeyId: key}}]
			: [];
	const attacks = state.results.attacks ?? {};
	const moves = scenario.steps.flatMap((step) =>
		(attacks[step.id]?.calls ?? []).map((call) => ({step: step.id, call})),
	);
	return [...listing, ...moves];
}

/**
 * Each call's record: the calls in the order made take the records oldest first (LookupEvents
 * answers the most recent first), each record once, so a call made twice finds its own record.
 */
function matchRecords(calls: readonly FoundEvent[], newestFirst: readonly TrailRecord[]): FoundEvent[] {
	const unused = [...newestFirst].reverse();
	return calls.map((found) => {
		const index = unused.findIndex(
			(record) =>
				record.eventName === found.call.eventName && record.userIdentity.accessKeyId === found.call.accessKeyId,
		);
		if (index < 0) return found;
		const [record] = unused.splice(index, 1);
		return {...found, record};
	});
}

export async function lookUpEvents(context: PerformContext): Promise<Detection> {
	const calls = attackCalls(context.getState());
	const keys = [...new Set(calls.map((found) => found.call.accessKeyId))];
	const trail = context.services.trail();
	const answers = await Promise.all(
		keys.map((value) => trail.lookupEvents({attribute: {key: 'AccessKeyId', value}}, context.signal)),
	);
	const unreadable = answers.reduce((sum, answer) => sum + answer.unreadable, 0);
	// Each key's records are newest first; the keys' pages are joined in the order the keys were used.
	const newestFirst = answers
		.flatMap((answer) => answer.records)
		.sort((a, b) => b.eventTime.getTime() - a.eventTime.getTime());
	return {events: matchRecords(calls, newestFirst), keys, unreadable};
}
