import {XMLParser} from 'fast-xml-parser';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SandboxError} from '../../../source/sandbox/errors.js';
import {createRouter, type RouterDependencies} from '../../../source/sandbox/router.js';
import {listen, type Transport} from '../../../source/sandbox/server.js';
import type {Principal} from '../../../source/sandbox/types.js';
import {errorOf, send, signed} from './raw-http.js';

const parser = new XMLParser();
const admin = {accessKeyId: 'AKIAADMIN0000000000', secretAccessKey: 'admin-secret'};
const user = {accessKeyId: 'AKIAUSER00000000000', secretAccessKey: 'user-secret'};
const principal = (kind: Principal['kind'], accessKeyId: string): Principal => ({
	kind,
	accountId: '123456789012',
	arn: kind === 'admin' ? 'arn:aws:iam::123456789012:root' : 'arn:aws:iam::123456789012:user/u',
	userId: 'AIDAU',
	userName: 'u',
	accessKeyId,
});

describe('the router with stand-in actions', () => {
	const internalErrors: unknown[] = [];
	let persisted = 0;
	let transport: Transport;
	let endpoint: string;

	beforeAll(async () => {
		const dependencies: RouterDependencies = {
			store: {
				resolveCredentials: (id) =>
					id === admin.accessKeyId
						? {secretAccessKey: admin.secretAccessKey, principal: principal('admin', id)}
						: id === user.accessKeyId
							? {secretAccessKey: user.secretAccessKey, principal: principal('user', id)}
							: {error: 'unknown'},
				permissionsOf: (who) => ({identity: who.kind === 'admin' ? 'admin' : []}),
			},
			actions: {
				iam: {
					ListUsers: {
						iamAction: 'iam:ListUsers',
						resource: () => 'arn:aws:iam::123456789012:user/',
						run: () => ({body: {Users: [], IsTruncated: false}}),
					},
					CreateUser: {
						iamAction: 'iam:CreateUser',
						resource: () => '*',
						run: async () => ({body: {User: {UserName: 'x'}}}),
					},
					Explode: {
						iamAction: 'iam:Explode',
						resource: () => '*',
						run: () => {
							throw new Error('disk /secret/path failed');
						},
					},
				},
				sts: {GetCallerIdentity: {resource: () => '*', run: ({principal: who}) => ({body: {Arn: who.arn}})}},
				s3: {},
			},
			sessionMayCall: (_who, service, action) =>
				action === 'CreateUser' && service === 'iam'
					? new SandboxError('InvalidClientTokenId', 'refused by session rules', 403)
					: undefined,
			now: Date.now,
			afterAction: async () => {
				persisted += 1;
			},
			onInternalError: (error) => internalErrors.push(error),
		};
		transport = await listen(createRouter(dependencies), {host: '127.0.0.1', port: 0, now: Date.now});
		endpoint = `http://127.0.0.1:${transport.port}`;
	});
	afterAll(async () => transport.close());

	const iam = async (credentials: typeof admin, action: string) =>
		send(endpoint, await signed(endpoint, {service: 'iam', credentials, body: `Action=${action}&Version=2010-05-08`}));

	it('lets the administrator through without consulting policies and persists after the action', async () => {
		const before = persisted;
		const response = await iam(admin, 'ListUsers');
		expect(response.status).toBe(200);
		expect(parser.parse(response.text).ListUsersResponse.ListUsersResult.IsTruncated).toBe(false);
		expect(persisted).toBe(before + 1);
	});

	it('denies a user without a policy, and runs no action for it', async () => {
		const before = persisted;
		const response = await iam(user, 'ListUsers');
		expect(response.status).toBe(403);
		expect(errorOf(response).Message).toBe(
			'User: arn:aws:iam::123456789012:user/u is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action',
		);
		expect(persisted).toBe(before);
	});

	it('applies the session rules before authorization', async () => {
		expect(errorOf(await iam(admin, 'CreateUser'))).toMatchObject({
			Code: 'InvalidClientTokenId',
			Message: 'refused by session rules',
		});
	});

	it('answers an unexpected exception with a generic InternalFailure (500) and reports it', async () => {
		const response = await iam(admin, 'Explode');
		expect(response.status).toBe(500);
		expect(errorOf(response)).toEqual({
			Type: 'Receiver',
			Code: 'InternalFailure',
			Message: 'The request processing has failed because of an unknown error, exception or failure.',
		});
		expect(response.text).not.toContain('secret');
		expect(internalErrors).toHaveLength(1);
	});

	it('answers S3 routes it has no action for with NotImplemented', async () => {
		const response = await send(
			endpoint,
			await signed(endpoint, {service: 's3', credentials: admin, method: 'GET', path: '/'}),
		);
		expect(response.status).toBe(501);
		expect(errorOf(response).Code).toBe('NotImplemented');
	});
});
