import {createHash} from 'node:crypto';
import {Readable} from 'node:stream';
import {
	CreateBucketCommand,
	DeleteBucketCommand,
	DeleteObjectCommand,
	GetObjectCommand,
	HeadObjectCommand,
	ListObjectsV2Command,
	PutObjectCommand,
} from '@aws-sdk/client-s3';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSandbox, type RunningSandbox} from '../../../source/sandbox/index.js';
import {awsError, clientsFor} from '../e2e/clients.js';
import {errorOf, send, signed} from '../server/raw-http.js';

const BUCKET = 'object-bodies';

describe('S3 object bodies through the SDK and by hand', () => {
	let sandbox: RunningSandbox;
	let s3: ReturnType<typeof clientsFor>['s3'];
	const sentEncodings: string[] = [];

	beforeAll(async () => {
		sandbox = await startSandbox();
		s3 = clientsFor(sandbox, sandbox.credentials).s3;
		s3.middlewareStack.add(
			(next) => async (args) => {
				const headers = (args.request as {headers?: Record<string, string>}).headers ?? {};
				sentEncodings.push(headers['content-encoding'] ?? '');
				return next(args);
			},
			{step: 'finalizeRequest'},
		);
		await s3.send(new CreateBucketCommand({Bucket: BUCKET}));
	});
	afterAll(async () => sandbox.stop());

	it('stores a body and gives it back byte for byte, whole, by range and by HEAD', async () => {
		const body = Buffer.from(Array.from({length: 70_000}, (_, index) => index % 251));
		const put = await s3.send(
			new PutObjectCommand({Bucket: BUCKET, Key: 'dir/data.bin', Body: body, Metadata: {owner: 'sec'}}),
		);
		expect(put.ETag).toBe(`"${createHash('md5').update(body).digest('hex')}"`);
		const got = await s3.send(new GetObjectCommand({Bucket: BUCKET, Key: 'dir/data.bin'}));
		expect(Buffer.from(await got.Body!.transformToByteArray()).equals(body)).toBe(true);
		expect(got.Metadata).toEqual({owner: 'sec'});
		const part = await s3.send(new GetObjectCommand({Bucket: BUCKET, Key: 'dir/data.bin', Range: 'bytes=100-109'}));
		expect(part.ContentRange).toBe('bytes 100-109/70000');
		expect(Buffer.from(await part.Body!.transformToByteArray()).equals(body.subarray(100, 110))).toBe(true);
		const tail = await s3.send(new GetObjectCommand({Bucket: BUCKET, Key: 'dir/data.bin', Range: 'bytes=-5'}));
		expect(Buffer.from(await tail.Body!.transformToByteArray()).equals(body.subarray(-5))).toBe(true);
		expect(
			await awsError(s3.send(new GetObjectCommand({Bucket: BUCKET, Key: 'dir/data.bin', Range: 'bytes=70000-'}))),
		).toMatchObject({name: 'InvalidRange', status: 416});
		const head = await s3.send(new HeadObjectCommand({Bucket: BUCKET, Key: 'dir/data.bin', ChecksumMode: 'ENABLED'}));
		expect(head.ContentLength).toBe(70_000);
		expect(head.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==$/);
		expect(await awsError(s3.send(new GetObjectCommand({Bucket: BUCKET, Key: 'absent'})))).toMatchObject({
			name: 'NoSuchKey',
			status: 404,
		});
	});

	it('takes a streamed upload as aws-chunked with its trailing checksum', async () => {
		sentEncodings.length = 0;
		const text = 'streamed through aws-chunked\n'.repeat(5000);
		await s3.send(
			new PutObjectCommand({
				Bucket: BUCKET,
				Key: 'streamed.txt',
				Body: Readable.from([Buffer.from(text)]),
				ContentLength: Buffer.byteLength(text),
			}),
		);
		expect(sentEncodings.at(-1)).toContain('aws-chunked');
		const got = await s3.send(new GetObjectCommand({Bucket: BUCKET, Key: 'streamed.txt'}));
		expect(await got.Body!.transformToString()).toBe(text);
	});

	it('answers BadDigest when Content-MD5, a header checksum or a trailing checksum does not match the bytes', async () => {
		const put = async (headers: Record<string, string>, body: string) =>
			send(
				sandbox.endpoint,
				await signed(sandbox.endpoint, {
					service: 's3',
					credentials: sandbox.credentials,
					method: 'PUT',
					path: `/${BUCKET}/checked.txt`,
					headers: {'content-type': 'text/plain', ...headers},
					body,
				}),
			);
		const wrongMd5 = await put({'content-md5': createHash('md5').update('other').digest('base64')}, 'hello');
		expect([wrongMd5.status, errorOf(wrongMd5).Code]).toEqual([400, 'BadDigest']);
		const badMd5 = await put({'content-md5': 'not-base64'}, 'hello');
		expect([badMd5.status, errorOf(badMd5).Code]).toEqual([400, 'InvalidDigest']);
		const wrongSha = await put({'x-amz-checksum-sha256': createHash('sha256').update('x').digest('base64')}, 'hello');
		expect([wrongSha.status, errorOf(wrongSha).Code]).toEqual([400, 'BadDigest']);
		const rightSha = await put(
			{'x-amz-checksum-sha256': createHash('sha256').update('hello').digest('base64')},
			'hello',
		);
		expect(rightSha.status).toBe(200);
		const chunked = (trailer: string) =>
			`5\r\nhello\r\n0\r\nx-amz-checksum-sha256:${createHash('sha256').update(trailer).digest('base64')}\r\n\r\n`;
		const streaming = {
			'content-encoding': 'aws-chunked',
			'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
			'x-amz-decoded-content-length': '5',
			'x-amz-trailer': 'x-amz-checksum-sha256',
		};
		expect((await put(streaming, chunked('hello'))).status).toBe(200);
		const wrongTrailer = await put(streaming, chunked('HELLO'));
		expect([wrongTrailer.status, errorOf(wrongTrailer).Code]).toEqual([400, 'BadDigest']);
		const truncated = await put(streaming, '5\r\nhel');
		expect([truncated.status, errorOf(truncated).Code]).toEqual([400, 'InvalidRequest']);
	});

	it('lists with prefix, delimiter and continuation, deletes, and keeps a bucket with objects', async () => {
		for (const key of ['logs/a.txt', 'logs/b.txt', 'logs/2026/c.txt', 'top.txt']) {
			await s3.send(new PutObjectCommand({Bucket: BUCKET, Key: key, Body: key}));
		}
		const folders = await s3.send(new ListObjectsV2Command({Bucket: BUCKET, Prefix: 'logs/', Delimiter: '/'}));
		expect(folders.Contents?.map((object) => object.Key)).toEqual(['logs/a.txt', 'logs/b.txt']);
		expect(folders.CommonPrefixes).toEqual([{Prefix: 'logs/2026/'}]);
		const keys: string[] = [];
		let token: string | undefined;
		do {
			const page = await s3.send(new ListObjectsV2Command({Bucket: BUCKET, MaxKeys: 2, ContinuationToken: token}));
			keys.push(...(page.Contents ?? []).map((object) => object.Key!));
			token = page.NextContinuationToken;
		} while (token);
		expect(keys).toEqual([...keys].sort());
		expect(keys).toEqual(expect.arrayContaining(['logs/2026/c.txt', 'top.txt', 'dir/data.bin']));
		expect(await awsError(s3.send(new DeleteBucketCommand({Bucket: BUCKET})))).toMatchObject({
			name: 'BucketNotEmpty',
			status: 409,
		});
		await s3.send(new DeleteObjectCommand({Bucket: BUCKET, Key: 'top.txt'}));
		await s3.send(new DeleteObjectCommand({Bucket: BUCKET, Key: 'top.txt'}));
		expect(await awsError(s3.send(new HeadObjectCommand({Bucket: BUCKET, Key: 'top.txt'})))).toMatchObject({
			status: 404,
		});
	});

	it('refuses an object over the 8 MiB the sandbox keeps with EntityTooLarge', async () => {
		const failure = await awsError(
			s3.send(new PutObjectCommand({Bucket: BUCKET, Key: 'big.bin', Body: Buffer.alloc(8 * 1024 * 1024 + 1)})),
		);
		expect(failure).toMatchObject({name: 'EntityTooLarge', status: 400});
		expect(await awsError(s3.send(new HeadObjectCommand({Bucket: BUCKET, Key: 'big.bin'})))).toMatchObject({
			status: 404,
		});
	});
});
