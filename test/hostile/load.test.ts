import {
	DeactivateMFADeviceCommand,
	DeleteAccessKeyCommand,
	DeleteUserCommand,
	DeleteUserPolicyCommand,
	DeleteVirtualMFADeviceCommand,
	ListAccessKeysCommand,
	ListUserPoliciesCommand,
	ListUsersCommand,
	ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import {ListBucketsCommand} from '@aws-sdk/client-s3';
import {GetCallerIdentityCommand, GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import type {SandboxStore} from '../../source/sandbox/store/index.js';
import {Barrier} from './support/barrier.js';
import {
	awsError,
	clientsFor,
	createDemoUser,
	currentStep,
	destroyClients,
	sessionFor,
	type DemoUser,
} from './support/demo-user.js';
import type {Credentials} from './support/signing.js';

const CLIENTS = 50;
const PATH = '/sts-mfa-load/';

/** What every client can see of the others, filled in as they go (the barriers order the reads). */
interface Shared {
	readonly users: DemoUser[];
	readonly sessions: Credentials[];
	readonly barriers: {
		readonly enabled: Barrier;
		readonly crossedBeforeSessions: Barrier;
		readonly sessions: Barrier;
		readonly crossedAfterSessions: Barrier;
	};
}

describe('50 clients running the whole scenario at once against one sandbox', () => {
	let sandbox: RunningSandbox;
	let store: SandboxStore | undefined;

	beforeAll(async () => {
		sandbox = await startSandbox({port: 0}, {onStore: (opened) => (store = opened)});
	});
	afterAll(async () => sandbox.stop());

	/** A user's key may not use, change or inspect a neighbour's device or keys, even with a valid code for it. */
	async function crossBeforeSessions(index: number, shared: Shared): Promise<void> {
		const me = shared.users[index]!;
		const neighbour = shared.users[(index + 1) % CLIENTS]!;
		const mine = clientsFor(sandbox.endpoint, me.key);
		try {
			const neighboursCode = neighbour.authenticator.codeForStep(neighbour.enabledAtStep + 1);
			expect(
				await awsError(
					mine.sts.send(new GetSessionTokenCommand({SerialNumber: neighbour.serialNumber, TokenCode: neighboursCode})),
				),
			).toEqual({name: 'AccessDenied', status: 403});
			expect(
				await awsError(
					mine.iam.send(
						new DeactivateMFADeviceCommand({UserName: neighbour.userName, SerialNumber: neighbour.serialNumber}),
					),
				),
			).toEqual({name: 'AccessDenied', status: 403});
			expect(await awsError(mine.iam.send(new ListAccessKeysCommand({UserName: neighbour.userName})))).toEqual({
				name: 'AccessDenied',
				status: 403,
			});
		} finally {
			destroyClients(mine);
		}
	}

	/** Sessions without and with MFA: each is its own user's, denied and allowed as the policy says. */
	async function sessions(index: number, shared: Shared): Promise<void> {
		const me = shared.users[index]!;
		const plain = clientsFor(sandbox.endpoint, await sessionFor(sandbox.endpoint, me));
		const mfaCredentials = await sessionFor(
			sandbox.endpoint,
			me,
			me.authenticator.codeForStep(Math.max(currentStep(), me.enabledAtStep + 1)),
		);
		const mfa = clientsFor(sandbox.endpoint, mfaCredentials);
		try {
			expect((await plain.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(me.arn);
			expect(await awsError(plain.s3.send(new ListBucketsCommand({})))).toEqual({name: 'AccessDenied', status: 403});
			expect((await mfa.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(me.arn);
			expect((await mfa.s3.send(new ListBucketsCommand({}))).Buckets?.length).toBeGreaterThan(0);
			shared.sessions[index] = mfaCredentials;
		} finally {
			destroyClients(plain);
			destroyClients(mfa);
		}
	}

	/** A session key with another session's token is no one; an MFA session still cannot touch a neighbour. */
	async function crossAfterSessions(index: number, shared: Shared): Promise<void> {
		const mine = shared.sessions[index]!;
		const neighbour = (index + 1) % CLIENTS;
		const swapped = clientsFor(sandbox.endpoint, {...mine, sessionToken: shared.sessions[neighbour]!.sessionToken});
		const session = clientsFor(sandbox.endpoint, mine);
		const admin = clientsFor(sandbox.endpoint, sandbox.credentials);
		try {
			expect(await awsError(swapped.sts.send(new GetCallerIdentityCommand({})))).toEqual({
				name: 'InvalidClientTokenId',
				status: 403,
			});
			expect(
				await awsError(session.iam.send(new DeleteUserCommand({UserName: shared.users[neighbour]!.userName}))),
			).toEqual({name: 'AccessDenied', status: 403});
			const {PolicyNames} = await admin.iam.send(
				new ListUserPoliciesCommand({UserName: shared.users[index]!.userName}),
			);
			expect(PolicyNames).toEqual([`${shared.users[index]!.userName}-mfa-only`]);
		} finally {
			destroyClients(swapped);
			destroyClients(session);
			destroyClients(admin);
		}
	}

	async function client(index: number, shared: Shared): Promise<void> {
		const admin = clientsFor(sandbox.endpoint, sandbox.credentials);
		const {barriers} = shared;
		try {
			shared.users[index] = await createDemoUser(admin, `load-${index}`, PATH);
			await barriers.enabled.arrive();
			await crossBeforeSessions(index, shared);
			await barriers.crossedBeforeSessions.arrive();
			await sessions(index, shared);
			await barriers.sessions.arrive();
			await crossAfterSessions(index, shared);
			await barriers.crossedAfterSessions.arrive();
			const me = shared.users[index]!;
			await admin.iam.send(new DeleteUserPolicyCommand({UserName: me.userName, PolicyName: `${me.userName}-mfa-only`}));
			await admin.iam.send(new DeleteAccessKeyCommand({UserName: me.userName, AccessKeyId: me.key.accessKeyId}));
			await admin.iam.send(new DeactivateMFADeviceCommand({UserName: me.userName, SerialNumber: me.serialNumber}));
			await admin.iam.send(new DeleteVirtualMFADeviceCommand({SerialNumber: me.serialNumber}));
			await admin.iam.send(new DeleteUserCommand({UserName: me.userName}));
		} catch (error) {
			for (const barrier of Object.values(barriers)) barrier.break(error);
			throw error;
		} finally {
			destroyClients(admin);
		}
	}

	it('has no errors, no cross-talk, and leaves no user, key, device or policy behind', async () => {
		const barrier = () => new Barrier(CLIENTS);
		const shared: Shared = {
			users: [],
			sessions: [],
			barriers: {
				enabled: barrier(),
				crossedBeforeSessions: barrier(),
				sessions: barrier(),
				crossedAfterSessions: barrier(),
			},
		};
		const outcomes = await Promise.allSettled(Array.from({length: CLIENTS}, (_, index) => client(index, shared)));
		const failures = outcomes.flatMap((outcome, index) =>
			outcome.status === 'rejected' ? [`client ${index}: ${String(outcome.reason)}`] : [],
		);
		expect(failures).toEqual([]);

		const admin = clientsFor(sandbox.endpoint, sandbox.credentials);
		try {
			expect((await admin.iam.send(new ListUsersCommand({}))).Users).toEqual([]);
			expect(
				(await admin.iam.send(new ListVirtualMFADevicesCommand({AssignmentStatus: 'Any'}))).VirtualMFADevices,
			).toEqual([]);
			// Keys and policies hang off users, so IAM cannot list them once the users are gone: ask the store.
			const state = store!.toJSON();
			expect({users: state.users, devices: state.devices, accessKeys: state.accessKeys}).toEqual({
				users: [],
				devices: [],
				accessKeys: [],
			});
			const oldKey = clientsFor(sandbox.endpoint, shared.users[0]!.key);
			const oldSession = clientsFor(sandbox.endpoint, shared.sessions[0]!);
			expect(await awsError(oldKey.sts.send(new GetCallerIdentityCommand({})))).toEqual({
				name: 'InvalidClientTokenId',
				status: 403,
			});
			expect(await awsError(oldSession.sts.send(new GetCallerIdentityCommand({})))).toEqual({
				name: 'InvalidClientTokenId',
				status: 403,
			});
			destroyClients(oldKey);
			destroyClients(oldSession);
		} finally {
			destroyClients(admin);
		}
		// The deadline only bounds a hang: 24 s on a quiet machine, over 60 s at load 20 (a CI run).
	}, 180_000);
});
