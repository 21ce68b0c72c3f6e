import {describe, expect, it} from 'vitest';
import {SandboxError} from '../../../source/sandbox/errors.js';
import {EventHistory} from '../../../source/sandbox/trail/event-history.js';
import {cloudTrailActions} from '../../../source/sandbox/trail/lookup-events.js';
import type {ActionContext, Principal} from '../../../source/sandbox/types.js';

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0);
const alice: Principal = {
	kind: 'user',
	accountId: '123456789012',
	arn: 'arn:aws:iam::123456789012:user/alice',
	userId: 'AIDAALICE',
	userName: 'alice',
	accessKeyId: 'AKIAALICE',
};
const aliceWithMfa: Principal = {
	...alice,
	kind: 'session',
	accessKeyId: 'ASIAALICE',
	session: {mfaAuthenticatedAt: T0, issuedAt: T0, expiresAt: T0 + 3_600_000},
};

function context(principal: Principal, action: string, params: Record<string, string>, now: number): ActionContext {
	return {service: 'iam', action, principal, params, body: '', now, requestId: `request-${now}`};
}

/** A history of `count` calls, one a second: alternately alice's key refused and her MFA session allowed. */
function historyOf(count: number, capacity?: number): EventHistory {
	const history = new EventHistory(capacity);
	for (let index = 0; index < count; index += 1) {
		const principal = index % 2 === 0 ? alice : aliceWithMfa;
		const params = {UserName: 'alice', SerialNumber: 'arn:aws:iam::123456789012:mfa/x', AuthenticationCode1: '123456'};
		const error = index % 2 === 0 ? new SandboxError('AccessDenied', 'refused', 403) : undefined;
		history.record({
			context: context(principal, 'EnableMFADevice', params, T0 + index * 1000),
			sourceIp: '127.0.0.1',
			userAgent: 'test',
			...(error ? {error} : {}),
		});
	}
	return history;
}

interface Page {
	Events: {EventTime: number; AccessKeyId: string; CloudTrailEvent: string}[];
	NextToken?: string;
}

async function lookup(history: EventHistory, input: Record<string, unknown>): Promise<Page> {
	const admin = {...alice, kind: 'admin' as const};
	const action = cloudTrailActions(history).LookupEvents!;
	const result = await action.run({...context(admin, 'LookupEvents', {}, T0), body: JSON.stringify(input)});
	return result.body as unknown as Page;
}

/** The error's code and status, or "answered". */
function refusal(history: EventHistory, input: Record<string, unknown>): Promise<string> {
	return lookup(history, input).then(
		() => 'answered',
		(error: SandboxError) => `${error.awsCode} ${error.httpStatus}`,
	);
}

const seconds = (page: Page) => page.Events.map((event) => event.EventTime - T0 / 1000);

describe('the event history and LookupEvents', () => {
	it('records who called, how it ended and whether MFA was used, and never an MFA code', async () => {
		const {Events} = await lookup(historyOf(2), {});
		const [allowed, refused] = Events.map((event) => JSON.parse(event.CloudTrailEvent));
		expect(refused).toMatchObject({
			eventName: 'EnableMFADevice',
			eventSource: 'iam.amazonaws.com',
			errorCode: 'AccessDenied',
			sourceIPAddress: '127.0.0.1',
			userIdentity: {type: 'IAMUser', arn: alice.arn, accountId: '123456789012', accessKeyId: 'AKIAALICE'},
			requestParameters: {userName: 'alice', serialNumber: 'arn:aws:iam::123456789012:mfa/x'},
		});
		expect(refused.userIdentity.sessionContext).toBeUndefined();
		expect(allowed.errorCode).toBeUndefined();
		expect(allowed.userIdentity.sessionContext.attributes).toEqual({
			creationDate: '2026-01-15T12:00:00Z',
			mfaAuthenticated: 'true',
		});
		expect(JSON.stringify(Events)).not.toContain('123456"');
	});

	it('pages most recent first, filters by attribute and time, and keeps only the most recent events', async () => {
		const history = historyOf(12, 10);
		const pages: number[][] = [];
		let token: string | undefined;
		do {
			const page = await lookup(history, {MaxResults: 3, ...(token ? {NextToken: token} : {})});
			pages.push(seconds(page));
			token = page.NextToken;
		} while (token);
		expect(pages).toEqual([[11, 10, 9], [8, 7, 6], [5, 4, 3], [2]]);
		const byKey = [{AttributeKey: 'AccessKeyId', AttributeValue: 'ASIAALICE'}];
		expect(seconds(await lookup(history, {LookupAttributes: byKey}))).toEqual([11, 9, 7, 5, 3]);
		expect(seconds(await lookup(history, {StartTime: T0 / 1000 + 4, EndTime: T0 / 1000 + 6}))).toEqual([6, 5, 4]);
	});

	it('refuses what botocore documents as errors, including a token issued for other parameters', async () => {
		const history = historyOf(4);
		const {NextToken} = await lookup(history, {MaxResults: 1});
		const byName = [{AttributeKey: 'EventName', AttributeValue: 'EnableMFADevice'}];
		expect(await refusal(history, {MaxResults: 1, NextToken})).toBe('answered');
		expect(await refusal(history, {MaxResults: 1, NextToken, LookupAttributes: byName})).toBe(
			'InvalidNextTokenException 400',
		);
		expect(await refusal(history, {NextToken: 'garbage'})).toBe('InvalidNextTokenException 400');
		expect(await refusal(history, {MaxResults: 51})).toBe('InvalidMaxResultsException 400');
		expect(await refusal(history, {StartTime: T0 / 1000 + 10, EndTime: T0 / 1000})).toBe(
			'InvalidTimeRangeException 400',
		);
		expect(await refusal(history, {EventCategory: 'data'})).toBe('InvalidEventCategoryException 400');
		const two = [...byName, {AttributeKey: 'Username', AttributeValue: 'alice'}];
		expect(await refusal(history, {LookupAttributes: two})).toBe('InvalidLookupAttributesException 400');
		const unknown = [{AttributeKey: 'Password', AttributeValue: 'x'}];
		expect(await refusal(history, {LookupAttributes: unknown})).toBe('InvalidLookupAttributesException 400');
	});
});
