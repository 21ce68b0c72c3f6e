import {describe, expect, it} from 'vitest';
import {useSdkSandbox} from '../e2e/clients.js';
import {errorOf, send, signed} from '../server/raw-http.js';

const configuration = (constraint: string) =>
	`<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>${constraint}</LocationConstraint></CreateBucketConfiguration>`;

describe('CreateBucket reads its body and region as S3 does', () => {
	const sandbox = useSdkSandbox();

	const create = async (bucket: string, options: {body?: string; region?: string; host?: string} = {}) => {
		const {host, ...rest} = options;
		const request = await signed(sandbox.endpoint, {
			service: 's3',
			credentials: sandbox.credentials,
			method: 'PUT',
			path: host ? '/' : `/${bucket}`,
			headers: {
				'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
				...(options.body ? {'content-type': 'application/xml'} : {}),
				...(host ? {host} : {}),
			},
			...rest,
		});
		const response = await send(sandbox.endpoint, request);
		return {status: response.status, ...errorOf(response)};
	};
	const list = async (host?: string) => {
		const request = await signed(sandbox.endpoint, {
			service: 's3',
			credentials: sandbox.credentials,
			method: 'GET',
			headers: host ? {host} : {},
		});
		return send(sandbox.endpoint, request);
	};

	it('in us-east-1: no constraint, or an empty configuration; "us-east-1" is InvalidLocationConstraint', async () => {
		expect((await create('plain-bucket')).status).toBe(200);
		expect((await create('empty-config', {body: '<CreateBucketConfiguration/>'})).status).toBe(200);
		expect(await create('named-east', {body: configuration('us-east-1')})).toMatchObject({
			status: 400,
			Code: 'InvalidLocationConstraint',
			Message: 'The specified location-constraint is not valid',
		});
		expect(await create('named-west', {body: configuration('eu-west-1')})).toMatchObject({
			status: 400,
			Code: 'IllegalLocationConstraintException',
		});
	});

	it('refuses malformed XML and another document with MalformedXML', async () => {
		expect(await create('broken', {body: '<CreateBucketConfiguration><LocationConstraint>'})).toMatchObject({
			status: 400,
			Code: 'MalformedXML',
		});
		expect((await create('other-root', {body: '<Nope/>'})).Code).toBe('MalformedXML');
	});

	it('answers XXE, entity expansion and deep nesting with MalformedXML, never a 500, and creates nothing', async () => {
		const entities = (definitions: string, use: string) =>
			`<?xml version="1.0"?><!DOCTYPE c [${definitions}]><CreateBucketConfiguration><LocationConstraint>${use}</LocationConstraint></CreateBucketConfiguration>`;
		const bodies = {
			'xxe-file': entities('<!ENTITY x SYSTEM "file:///etc/passwd">', '&x;'),
			'xxe-parameter': entities('<!ENTITY % p SYSTEM "http://127.0.0.1:1/p.dtd"> %p;', 'eu-west-1'),
			laughs: entities(
				'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">',
				'&c;&c;&c;',
			),
			deep: `<CreateBucketConfiguration>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</CreateBucketConfiguration>`,
			'deep-unclosed': '<a>'.repeat(200_000),
		};
		for (const [bucket, body] of Object.entries(bodies)) {
			expect(await create(`hostile-${bucket}`, {body}), bucket).toMatchObject({status: 400, Code: 'MalformedXML'});
		}
		const listing = (await list()).text;
		expect(listing).not.toContain('hostile-');
		// A document as deep as S3's own still reads.
		expect((await create('shallow', {body: configuration('')})).status).toBe(200);
	});

	it('outside us-east-1 the constraint must name the region; a duplicate is then 409, in us-east-1 200', async () => {
		expect(await create('west-bucket', {region: 'eu-west-1'})).toMatchObject({
			status: 400,
			Code: 'IllegalLocationConstraintException',
			Message:
				'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
		});
		expect((await create('west-bucket', {region: 'eu-west-1', body: configuration('eu-west-1')})).status).toBe(200);
		expect(await create('west-bucket', {region: 'eu-west-1', body: configuration('eu-west-1')})).toMatchObject({
			status: 409,
			Code: 'BucketAlreadyOwnedByYou',
		});
		expect((await create('west-bucket')).status).toBe(200);
	});

	it('takes the bucket from a virtual-hosted Host, and never answers it as ListBuckets', async () => {
		const port = new URL(sandbox.endpoint).port;
		expect((await create('', {host: `hosted-bucket.localhost:${port}`})).status).toBe(200);
		const listing = await list();
		expect(listing.text).toContain('<Name>hosted-bucket</Name>');
		const objects = await list(`hosted-bucket.localhost:${port}`);
		expect({status: objects.status, code: errorOf(objects).Code}).toEqual({status: 501, code: 'NotImplemented'});
	});
});
