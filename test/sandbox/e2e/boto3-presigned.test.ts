import {execFile, spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSandbox, type RunningSandbox} from '../../../source/sandbox/index.js';

/* Presigned URLs as boto3 and the AWS CLI make them (what IAM authenticators and `aws eks get-token` use). */

const script = fileURLToPath(new URL('boto3_presigned.py', import.meta.url));
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasBoto3) console.warn('Skipping the boto3 presigned-URL checks: python3 with boto3 is not installed.');
if (!hasAwsCli) console.warn('Skipping `aws eks get-token`: the AWS CLI is not on PATH.');

interface Urls {
	readonly getCallerIdentity: string;
	readonly getCallerIdentityGet: string;
	readonly listUsers: string;
	readonly listBucketsV2: string;
}

const codeOf = (body: string) => /<Code>([^<]*)<\/Code>/.exec(body)?.[1];
const messageOf = (body: string) => /<Message>([^<]*)<\/Message>/.exec(body)?.[1];

async function get(url: string, headers: Record<string, string> = {}): Promise<{status: number; body: string}> {
	const response = await fetch(url, {headers});
	return {status: response.status, body: await response.text()};
}

/** Runs a program asynchronously: the sandbox answers from this very event loop. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{status: number; stdout: string}> {
	return new Promise((resolve) => {
		execFile(command, args, {env, encoding: 'utf8'}, (error, stdout, stderr) => {
			if (error) console.error(stderr);
			resolve({status: error ? Number(error.code ?? 1) : 0, stdout});
		});
	});
}

describe('presigned URLs from boto3 and the AWS CLI', () => {
	let sandbox: RunningSandbox;
	let env: NodeJS.ProcessEnv;

	beforeAll(async () => {
		sandbox = await startSandbox();
		env = {
			...process.env,
			STS_MFA_ENDPOINT: sandbox.endpoint,
			STS_MFA_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
			STS_MFA_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
		};
	});
	afterAll(async () => sandbox.stop());

	async function boto3Urls(): Promise<Urls> {
		const {status, stdout} = await run('python3', [script], env);
		expect(status).toBe(0);
		return JSON.parse(stdout) as Urls;
	}

	it.skipIf(!hasBoto3)(
		"answers sts.generate_presigned_url('get_caller_identity') and IAM's, and still refuses a wrong signature",
		async () => {
			const urls = await boto3Urls();
			for (const url of [urls.getCallerIdentity, urls.getCallerIdentityGet]) {
				const answer = await get(url);
				expect(answer.status, answer.body).toBe(200);
				expect(answer.body).toContain(`<Account>${sandbox.accountId}</Account>`);
			}
			const users = await get(urls.listUsers);
			expect(users.status, users.body).toBe(200);
			expect(users.body).toContain('<ListUsersResponse');

			const tampered = urls.getCallerIdentity.replace(
				/X-Amz-Signature=([0-9a-f]{63})([0-9a-f])/,
				(_all, head, last) => {
					return `X-Amz-Signature=${head}${last === '0' ? '1' : '0'}`;
				},
			);
			expect(tampered).not.toBe(urls.getCallerIdentity);
			const refused = await get(tampered);
			expect({status: refused.status, code: codeOf(refused.body)}).toEqual({
				status: 403,
				code: 'SignatureDoesNotMatch',
			});
			// Signed for GET, the URL does not pass as a POST.
			const asPost = await fetch(urls.getCallerIdentityGet, {method: 'POST'});
			expect(asPost.status).toBe(403);
		},
		60_000,
	);

	it.skipIf(!hasBoto3)(
		"answers boto3's default SigV2 S3 URL as S3 does, naming SigV4 and the setting that selects it",
		async () => {
			const urls = await boto3Urls();
			expect(urls.listBucketsV2).toContain('AWSAccessKeyId=');
			const answer = await get(urls.listBucketsV2);
			expect({status: answer.status, code: codeOf(answer.body)}).toEqual({status: 400, code: 'InvalidRequest'});
			expect(messageOf(answer.body)).toContain('Please use AWS4-HMAC-SHA256.');
			expect(messageOf(answer.body)).toContain('SigV4');
			expect(messageOf(answer.body)).toContain('s3v4');
		},
		60_000,
	);

	it.skipIf(!hasAwsCli)(
		'answers the token of `aws eks get-token`, with its signed x-k8s-aws-id header, as an authenticator checks it',
		async () => {
			const {status, stdout} = await run('aws', ['eks', 'get-token', '--cluster-name', 'demo'], {
				...process.env,
				AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
				AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
				AWS_DEFAULT_REGION: 'us-east-1',
				AWS_ENDPOINT_URL_STS: sandbox.endpoint,
				AWS_CONFIG_FILE: '/dev/null',
				AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
			});
			expect(status).toBe(0);
			const token = (JSON.parse(stdout) as {status: {token: string}}).status.token;
			const url = Buffer.from(token.replace(/^k8s-aws-v1\./, ''), 'base64url').toString('utf8');
			expect(url.startsWith(sandbox.endpoint)).toBe(true);
			const answer = await get(url, {'x-k8s-aws-id': 'demo'});
			expect(answer.status, answer.body).toBe(200);
			expect(answer.body).toContain(`<Arn>arn:aws:iam::${sandbox.accountId}:root</Arn>`);
			// The cluster name is signed: a token for one cluster is not one for another.
			expect((await get(url, {'x-k8s-aws-id': 'other'})).status).toBe(403);
		},
		60_000,
	);
});
