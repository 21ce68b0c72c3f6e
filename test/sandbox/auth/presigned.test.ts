import {spawnSync} from 'node:child_process';
import {HttpRequest} from '@smithy/protocol-http';
import {SignatureV4} from '@smithy/signature-v4';
import {GetSessionTokenCommand} from '@aws-sdk/client-sts';
import {describe, expect, it} from 'vitest';
import {NodeSha256} from '../../../source/sandbox/auth/sha256.js';
import {clientsFor, type Credentials, useSdkSandbox} from '../e2e/clients.js';

const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
if (!hasBoto3) console.warn('Skipping the boto3 presigned-URL check: python3 with boto3 is not installed.');

/** A presigned S3 URL made the way the SDK's S3 presigner makes one (UNSIGNED-PAYLOAD, nothing hoisted). */
async function presignedUrl(
	sandbox: {readonly endpoint: string},
	credentials: Credentials,
	options: {expiresIn?: number; signingDate?: Date; path?: string; service?: string} = {},
): Promise<string> {
	const url = new URL(sandbox.endpoint);
	const signer = new SignatureV4({
		credentials,
		region: 'us-east-1',
		service: options.service ?? 's3',
		sha256: NodeSha256,
		uriEscapePath: false,
	});
	const request = new HttpRequest({
		method: 'GET',
		protocol: 'http:',
		hostname: url.hostname,
		port: Number(url.port),
		path: options.path ?? '/',
		headers: {host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD'},
	});
	const signed = await signer.presign(request, {
		expiresIn: options.expiresIn ?? 60,
		signingDate: options.signingDate ?? new Date(),
		unsignableHeaders: new Set(['x-amz-content-sha256']),
		unhoistableHeaders: new Set(['x-amz-content-sha256']),
	});
	const query = new URLSearchParams(signed.query as Record<string, string>).toString();
	return `${sandbox.endpoint}${signed.path}?${query}`;
}

async function get(url: string): Promise<{status: number; body: string}> {
	const response = await fetch(url);
	return {status: response.status, body: await response.text()};
}

const codeOf = (body: string) => /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
const messageOf = (body: string) => /<Message>([^<]*)<\/Message>/.exec(body)?.[1];

describe('presigned URLs (SigV4 query authentication)', () => {
	const sandbox = useSdkSandbox();

	it('lists buckets with a valid presigned ListBuckets URL', async () => {
		const answer = await get(await presignedUrl(sandbox, sandbox.credentials));
		expect(answer.status, answer.body).toBe(200);
		expect(answer.body).toContain('<ListAllMyBucketsResult');
	});

	it('accepts session credentials, the token in X-Amz-Security-Token', async () => {
		const {Credentials} = await clientsFor(sandbox, sandbox.credentials).sts.send(new GetSessionTokenCommand({}));
		const session = {
			accessKeyId: Credentials!.AccessKeyId!,
			secretAccessKey: Credentials!.SecretAccessKey!,
			sessionToken: Credentials!.SessionToken!,
		};
		const url = await presignedUrl(sandbox, session);
		expect(url).toContain('X-Amz-Security-Token=');
		expect((await get(url)).status).toBe(200);
	});

	it('refuses an expired URL with 403 "Request has expired"', async () => {
		const url = await presignedUrl(sandbox, sandbox.credentials, {
			expiresIn: 60,
			signingDate: new Date(Date.now() - 120_000),
		});
		const answer = await get(url);
		expect({status: answer.status, code: codeOf(answer.body), message: messageOf(answer.body)}).toEqual({
			status: 403,
			code: 'AccessDenied',
			message: 'Request has expired',
		});
	});

	it('refuses a wrong signature, a wrong secret and an expiry over a week', async () => {
		const url = await presignedUrl(sandbox, sandbox.credentials);
		const tampered = url.replace(
			/X-Amz-Signature=([0-9a-f])/,
			(_match, first: string) => `X-Amz-Signature=${first === '0' ? '1' : '0'}`,
		);
		expect(codeOf((await get(tampered)).body)).toBe('SignatureDoesNotMatch');
		const wrongSecret = await presignedUrl(sandbox, {...sandbox.credentials, secretAccessKey: 'x'.repeat(40)});
		expect(await get(wrongSecret)).toMatchObject({status: 403});
		// The SDK refuses to make such a URL; the parameters are checked before the signature.
		const long = await get(url.replace('X-Amz-Expires=60', 'X-Amz-Expires=604801'));
		expect({status: long.status, code: codeOf(long.body)}).toEqual({
			status: 400,
			code: 'AuthorizationQueryParametersError',
		});
		const added = await get(`${url}&prefix=acme`);
		expect(codeOf(added.body)).toBe('SignatureDoesNotMatch');
	});

	it.skipIf(!hasBoto3)("accepts botocore's own presigned ListBuckets URL", async () => {
		const script = [
			'import boto3, sys',
			'from botocore.config import Config',
			"s3 = boto3.client('s3', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id=sys.argv[2],",
			"    aws_secret_access_key=sys.argv[3], config=Config(signature_version='s3v4', s3={'addressing_style': 'path'}))",
			"print(s3.generate_presigned_url('list_buckets', ExpiresIn=60))",
		].join('\n');
		const {accessKeyId, secretAccessKey} = sandbox.credentials;
		const made = spawnSync('python3', ['-c', script, sandbox.endpoint, accessKeyId, secretAccessKey], {
			encoding: 'utf8',
		});
		expect(made.status, made.stderr).toBe(0);
		const answer = await get(made.stdout.trim());
		expect(answer.status, answer.body).toBe(200);
	});
});
