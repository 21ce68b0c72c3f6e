import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {statementSpans} from '../../../source/policy-text/positions.js';
import {FORCE_MFA} from '../../../source/scenario/scenarios/force-mfa.js';
import {SESSION_TOKEN} from '../../../source/scenario/scenarios/session-token.js';
import {stopChildren, tracked} from '../../support/processes.js';

/*
 * The simulator answers sts-mfa explains denials with, parsed by boto3 and checked member by member
 * against botocore's model (the Python script), for the two scenarios' real policies.
 */

const script = fileURLToPath(new URL('boto3_simulate_explained.py', import.meta.url));
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const built = existsSync('dist/cli.js');
if (!hasBoto3) console.warn('Skipping the boto3 policy-simulator check: python3 with boto3 is not installed.');
if (!built) console.warn('Skipping the boto3 policy-simulator check: dist/cli.js is absent (npm run build).');

const POLICIES = {
	[SESSION_TOKEN.userPolicy.name]: SESSION_TOKEN.userPolicy.document(),
	[FORCE_MFA.userPolicy.name]: FORCE_MFA.userPolicy.document(),
};

interface Answer {
	readonly decision: string;
	readonly matched: readonly {
		SourcePolicyId: string;
		SourcePolicyType: string;
		StartPosition: {Line: number; Column: number};
		EndPosition: {Line: number; Column: number};
	}[];
}
type Answers = Record<string, {principal: Record<'absent' | 'false' | 'true', Answer>; custom: Answer}>;

async function sandboxExports(): Promise<Record<string, string>> {
	const sandbox = tracked(
		spawn(process.execPath, ['dist/cli.js', 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']}),
	);
	let stdout = '';
	return new Promise((resolve, reject) => {
		sandbox.stdout?.on('data', (data: Buffer) => {
			stdout += data.toString();
			const pairs = [...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1]!, match[2]!] as const);
			if (pairs.length >= 4) resolve(Object.fromEntries(pairs));
		});
		sandbox.on('exit', () => reject(new Error('the sandbox exited')));
	});
}

async function simulatorAnswers(): Promise<Answers> {
	const env = await sandboxExports();
	const child = tracked(
		spawn('python3', [script], {
			cwd: fileURLToPath(new URL('.', import.meta.url)),
			env: {
				...process.env,
				STS_MFA_ENDPOINT: env.AWS_ENDPOINT_URL!,
				STS_MFA_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID!,
				STS_MFA_SECRET_ACCESS_KEY: env.AWS_SECRET_ACCESS_KEY!,
				STS_MFA_POLICIES: JSON.stringify(POLICIES),
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (data: Buffer) => (stdout += data.toString()));
	child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	expect({code, stderr: stderr.split('\n').slice(-8).join('\n')}).toEqual({code: 0, stderr: expect.any(String)});
	return JSON.parse(stdout) as Answers;
}

/** The statement a MatchedStatement's StartPosition points at, by its Sid. */
function sidAt(document: string, matched: Answer['matched'][number]): string | undefined {
	const index = statementSpans(document).findIndex(
		(span) => span.start.line === matched.StartPosition.Line && span.start.column === matched.StartPosition.Column,
	);
	return (JSON.parse(document) as {Statement: {Sid?: string}[]}).Statement[index]?.Sid;
}

describe.skipIf(!hasBoto3 || !built)("the sandbox's policy simulator, read by boto3", () => {
	afterEach(stopChildren);

	it("matches botocore's model and names the statement that decided, where it is", async () => {
		const answers = await simulatorAnswers();
		const session = answers[SESSION_TOKEN.userPolicy.name]!;
		const sessionDocument = POLICIES[SESSION_TOKEN.userPolicy.name]!;
		// Bool true: only an MFA session is allowed; no statement decides an implicit deny.
		expect(session.principal.absent).toEqual({decision: 'implicitDeny', matched: []});
		expect(session.principal.false).toEqual({decision: 'implicitDeny', matched: []});
		expect(session.principal.true.decision).toBe('allowed');
		const [allow] = session.principal.true.matched;
		expect(allow).toMatchObject({SourcePolicyId: SESSION_TOKEN.userPolicy.name, SourcePolicyType: 'user'});
		expect(sidAt(sessionDocument, allow!)).toBe('ListBucketsOnlyWithMfa');

		const force = answers[FORCE_MFA.userPolicy.name]!;
		const forceDocument = POLICIES[FORCE_MFA.userPolicy.name]!;
		// BoolIfExists false: the Deny catches the absent key and false, not true.
		for (const key of ['absent', 'false'] as const) {
			expect(force.principal[key].decision).toBe('explicitDeny');
			expect(force.principal[key].matched.map((matched) => sidAt(forceDocument, matched))).toEqual([
				'DenyAllExceptListedIfNoMFA',
			]);
		}
		expect(force.principal.true.decision).toBe('allowed');
		expect(force.custom.decision).toBe('explicitDeny');
		expect(force.custom.matched[0]).toMatchObject({SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none'});
		expect(force.custom.matched[0]!.EndPosition.Line).toBeGreaterThan(force.custom.matched[0]!.StartPosition.Line);
	});
});
