import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CreateAccessKeyCommand, CreateUserCommand} from '@aws-sdk/client-iam';
import {GetCallerIdentityCommand, GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {parsedPolicy, parsedPolicyCount} from '../../source/sandbox/policy/parsed-cache.js';
import {matchTokens, wildcardTokens} from '../../source/sandbox/policy/wildcard.js';
import {startSandbox} from '../../source/sandbox/index.js';
import {clientsFor} from './e2e/clients.js';
import {ACCOUNT, harness} from './store/harness.js';

/* One client must not be able to take the sandbox down or bloat it. */

const LONG_VALUE = 'a'.repeat(130_000);
/**
 * Under the 2,048-character quota, and built to backtrack: after the star, a long run that fails
 * only at its last character, retried at every position of the value (pattern × value steps).
 */
const BACKTRACKING_PATTERN = `*${'a'.repeat(1500)}b`;

describe('StringLike and other wildcard matches stay bounded', () => {
	it('answers unknown for a match built to backtrack, and still matches long values linearly', () => {
		expect(matchTokens(wildcardTokens(BACKTRACKING_PATTERN), LONG_VALUE)).toBe('unknown');
		expect(matchTokens(wildcardTokens('a*'), LONG_VALUE)).toBe(true);
		expect(matchTokens(wildcardTokens('*b'), LONG_VALUE)).toBe(false);
		expect(matchTokens(wildcardTokens(`${'*a'.repeat(900)}`), LONG_VALUE)).toBe(true);
	});

	it('settles an undecidable StringLike fail-safe in SimulatePrincipalPolicy: no Allow, but a Deny', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'alice'});
		const condition = {StringLike: {'aws:RequestTag/team': BACKTRACKING_PATTERN}};
		const statement = (Effect: string) => ({Effect, Action: 's3:*', Resource: '*', Condition: condition});
		const simulate = async () =>
			(
				await h.call('iam', 'SimulatePrincipalPolicy', {
					PolicySourceArn: `arn:aws:iam::${ACCOUNT}:user/alice`,
					'ActionNames.member.1': 's3:ListAllMyBuckets',
					'ContextEntries.member.1.ContextKeyName': 'aws:RequestTag/team',
					'ContextEntries.member.1.ContextKeyType': 'string',
					// Long enough to pass one match's step bound, short enough for a request's work budget
					// (beyond that budget the simulator refuses the request: test/sandbox/server/stall.test.ts).
					'ContextEntries.member.1.ContextKeyValues.member.1': LONG_VALUE.slice(0, 20_000),
				})
			).body.EvaluationResults[0].EvalDecision;
		const put = (name: string, statements: unknown[]) =>
			h.call('iam', 'PutUserPolicy', {
				UserName: 'alice',
				PolicyName: name,
				PolicyDocument: JSON.stringify({Version: '2012-10-17', Statement: statements}),
			});
		await put('p', [statement('Allow')]);
		expect(await simulate()).toBe('implicitDeny');
		await put('p', [{Effect: 'Allow', Action: '*', Resource: '*'}, statement('Deny')]);
		expect(await simulate()).toBe('explicitDeny');
	});
});

describe('the parsed-policy cache', () => {
	it('holds a bounded number of documents however many distinct policies are used', () => {
		for (let index = 0; index < 400; index++) {
			parsedPolicy(
				JSON.stringify({
					Version: '2012-10-17',
					Statement: [{Sid: `s${index}`, Effect: 'Allow', Action: 's3:*', Resource: '*'}],
				}),
			);
		}
		expect(parsedPolicyCount()).toBeLessThanOrEqual(256);
	});
});

describe('sessions need no server state', () => {
	it('10,000 GetSessionToken calls leave the state unchanged and announce no change', async () => {
		const h = harness();
		await h.call('iam', 'CreateUser', {UserName: 'alice'});
		const key = (await h.call('iam', 'CreateAccessKey', {UserName: 'alice'})).body.AccessKey;
		const alice = h.principalOf(key.AccessKeyId);
		const before = JSON.stringify(h.store.toJSON());
		let changes = 0;
		h.store.onChange(() => changes++);
		const issued = [];
		for (let index = 0; index < 10_000; index++) {
			issued.push((await h.call('sts', 'GetSessionToken', {DurationSeconds: '900'}, alice)).body.Credentials);
		}
		expect(changes).toBe(0);
		expect(JSON.stringify(h.store.toJSON())).toBe(before);
		// Every one of them still works, from its token alone.
		expect(h.sessionOf(issued[0]).userName).toBe('alice');
		expect(h.sessionOf(issued[9_999]).userName).toBe('alice');
		// A token altered by one character is refused.
		const forged = {...issued[0], SessionToken: `${issued[0].SessionToken.slice(0, -2)}AA`};
		expect(h.store.resolveCredentials(forged.AccessKeyId, h.now(), forged.SessionToken)).toEqual({error: 'badToken'});
	});

	it('over HTTP with --state, GetSessionToken never rewrites the state file', async () => {
		const directory = await mkdtemp(join(tmpdir(), 'sts-mfa-sessions-'));
		const statePath = join(directory, 'state.json');
		const sandbox = await startSandbox({statePath});
		try {
			const admin = clientsFor(sandbox, sandbox.credentials);
			await admin.iam.send(new CreateUserCommand({UserName: 'alice'}));
			const {AccessKey} = await admin.iam.send(new CreateAccessKeyCommand({UserName: 'alice'}));
			const alice = clientsFor(sandbox, {
				accessKeyId: AccessKey!.AccessKeyId!,
				secretAccessKey: AccessKey!.SecretAccessKey!,
			});
			const written = {text: await readFile(statePath, 'utf8'), mtime: (await stat(statePath)).mtimeMs};
			const sessions = [];
			for (let index = 0; index < 200; index++) sessions.push(await alice.sts.send(new GetSessionTokenCommand({})));
			expect(await readFile(statePath, 'utf8')).toBe(written.text);
			expect((await stat(statePath)).mtimeMs).toBe(written.mtime);
			const last = sessions.at(-1)!.Credentials!;
			const session = clientsFor(sandbox, {
				accessKeyId: last.AccessKeyId!,
				secretAccessKey: last.SecretAccessKey!,
				sessionToken: last.SessionToken!,
			});
			expect((await session.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(
				`arn:aws:iam::${sandbox.accountId}:user/alice`,
			);
		} finally {
			await sandbox.stop();
			await rm(directory, {recursive: true, force: true});
		}
	});
});
