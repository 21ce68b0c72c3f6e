import {describe, expect, it} from 'vitest';
import {SandboxError} from '../../source/sandbox/errors.js';
import type {SandboxService} from '../../source/sandbox/types.js';
import {harness, type Harness, userWithMfa} from './store/harness.js';

/** Every parameter name any action reads, plus list/structure members. */
const NAMES = [
	'UserName',
	'Path',
	'PathPrefix',
	'Marker',
	'MaxItems',
	'VirtualMFADeviceName',
	'SerialNumber',
	'AuthenticationCode1',
	'AuthenticationCode2',
	'AssignmentStatus',
	'AccessKeyId',
	'PolicyName',
	'PolicyDocument',
	'PolicySourceArn',
	'ActionNames.member.1',
	'ActionNames.member.2',
	'DurationSeconds',
	'TokenCode',
	'Bucket',
	'Tags',
	'Tags.member.1.Key',
	'Tags.member.1.Value',
	'Tags.member.2.Key',
	'ContextEntries.member.1.ContextKeyName',
	'ContextEntries.member.1.ContextKeyValues.member.1',
	'ContextEntries.member.1.ContextKeyType',
	'__proto__',
	'constructor',
];

const VALUES = [
	'',
	' ',
	'null',
	'\u0000',
	'\uD800',
	'😀',
	'x'.repeat(70_000),
	'-1',
	'0',
	'1e309',
	'99999999999999999999',
	'NaN',
	'../..',
	'%00',
	'<a>&amp;</a>',
	"'",
	'"',
	'{}',
	'{"Version":"2012-10-17","Statement":[]}',
	'Any',
	'Assigned',
	'boolean',
	'numericList',
	'demo-user',
	'DEMO-USER',
	'/',
	'//',
	'/a/',
	'123456',
	'arn:aws:iam::123456789012:user/demo-user',
	'arn:aws:iam::123456789012:mfa/demo-user',
	'AKIAAAAAAAAAAAAAAAAA',
	'iam:GetUser',
	'aws:MultiFactorAuthPresent',
	'my-bucket',
	'__proto__',
	'constructor',
	'toString',
];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed >>> 0;
	return (below: number) => {
		state = (Math.imul(state ^ (state >>> 15), 2_246_822_507) + 0x9e3779b9) >>> 0;
		return state % below;
	};
}

async function principals(h: Harness) {
	await userWithMfa(h);
	const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'demo-user'})).body.AccessKey;
	const user = h.principalOf(key.AccessKeyId);
	const session = h.sessionOf((await h.call('sts', 'GetSessionToken', {}, user)).body.Credentials);
	return [h.admin, user, session];
}

describe('every action under garbage parameters', () => {
	it('answers with a SandboxError or a result, never anything else', async () => {
		const h = harness();
		const callers = await principals(h);
		const next = random(20_260_115);
		const outcomes = {ok: 0, awsError: 0};
		for (const [service, actions] of Object.entries(h.actions) as [SandboxService, Record<string, unknown>][]) {
			for (const action of Object.keys(actions)) {
				for (let round = 0; round < 150; round++) {
					const params: Record<string, string> = {};
					const count = next(6);
					for (let index = 0; index < count; index++) {
						Object.defineProperty(params, NAMES[next(NAMES.length)]!, {
							value: VALUES[next(VALUES.length)]!,
							enumerable: true,
							configurable: true,
							writable: true,
						});
					}
					const principal = callers[next(callers.length)]!;
					try {
						await h.call(service, action, params, principal);
						outcomes.ok++;
					} catch (error) {
						if (!(error instanceof SandboxError)) {
							throw new Error(`${service}:${action} ${JSON.stringify(params).slice(0, 300)} threw ${String(error)}`);
						}
						expect(error.httpStatus).toBeGreaterThanOrEqual(400);
						expect(error.httpStatus).toBeLessThan(500);
						outcomes.awsError++;
					}
				}
			}
		}
		expect(outcomes.awsError).toBeGreaterThan(0);
		expect(outcomes.ok).toBeGreaterThan(0);
		// The store is still consistent enough to answer the next good request.
		expect((await h.call('iam', 'GetUser', {UserName: 'demo-user'})).body.User.UserName).toBe('demo-user');
	});
});
