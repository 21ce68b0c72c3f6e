import {execFile, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {stopChildren} from '../../support/processes.js';
import {exitOf, exportedSandbox, runScript} from './exported-sandbox.js';

const script = fileURLToPath(new URL('boto3_mfa_guard.py', import.meta.url));
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], {stdio: 'ignore'}).status === 0;
const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
const built = existsSync('dist/cli.js');
if (!hasBoto3) console.warn('Skipping the 2023 MFA guard with boto3: python3 with boto3 is not installed.');
if (!hasAwsCli) console.warn('Skipping `aws cloudtrail lookup-events` against the sandbox: `aws` is not on PATH.');
if (!built) console.warn('Skipping the 2023 MFA guard with boto3: dist/cli.js is absent (npm run build).');

interface Found {
	readonly name: string;
	readonly errorCode: string | undefined;
	readonly type: string;
	readonly accessKeyId: string;
	readonly mfaAuthenticated: string | undefined;
}

/** `aws cloudtrail lookup-events` with only the sandbox's exports in the environment. */
function lookupEvents(exports: Record<string, string>, key: string, value: string): Promise<Found[]> {
	const env = {PATH: process.env.PATH, HOME: process.env.HOME, ...exports, AWS_CONFIG_FILE: '/dev/null'};
	const args = ['cloudtrail', 'lookup-events', '--lookup-attributes', `AttributeKey=${key},AttributeValue=${value}`];
	return new Promise((resolve, reject) => {
		execFile('aws', [...args, '--output', 'json'], {env, encoding: 'utf8'}, (error, stdout, stderr) => {
			if (error) return reject(new Error(stderr));
			const {Events} = JSON.parse(stdout) as {Events: {CloudTrailEvent: string}[]};
			resolve(Events.map(({CloudTrailEvent}) => found(JSON.parse(CloudTrailEvent))));
		});
	});
}

function found(record: {
	eventName: string;
	errorCode?: string;
	userIdentity: {type: string; accessKeyId: string; sessionContext?: {attributes: {mfaAuthenticated: string}}};
}): Found {
	return {
		name: record.eventName,
		errorCode: record.errorCode,
		type: record.userIdentity.type,
		accessKeyId: record.userIdentity.accessKeyId,
		mfaAuthenticated: record.userIdentity.sessionContext?.attributes.mfaAuthenticated,
	};
}

describe.skipIf(!hasBoto3 || !built)("AWS's 2023 MFA guard and the event history against `sts-mfa sandbox`", () => {
	afterEach(stopChildren);

	it('refuses the long-term key, allows the MFA session, and both are found in the event history', async () => {
		const exports = await exportedSandbox();
		// Only the exports in the environment: the CloudTrail client finds the sandbox through them.
		const home = {PATH: process.env.PATH, HOME: process.env.HOME, AWS_CONFIG_FILE: '/dev/null'};
		const output = await runScript(script, exports, {...home, AWS_SHARED_CREDENTIALS_FILE: '/dev/null', ...exports});
		expect(exitOf(output)).toEqual({code: 0, stderr: expect.any(String)});
		expect(output.stdout.split('\n').filter(Boolean)).toEqual([
			'set up: a user with one MFA device and the self-manage policy',
			expect.stringMatching(/^user-key AKIA[A-Z0-9]{16}$/),
			'long-term key: EnableMFADevice and DeactivateMFADevice refused',
			'MFA session: EnableMFADevice and DeactivateMFADevice allowed',
			expect.stringMatching(/^found the events by EventName and by AccessKeyId \(\d+ for the user's key\)$/),
			'guard scenario ok',
		]);
		if (!hasAwsCli) return;
		const userKey = /^user-key (\S+)$/m.exec(output.stdout)![1]!;
		const refused = {errorCode: 'AccessDenied', type: 'IAMUser', accessKeyId: userKey, mfaAuthenticated: undefined};
		expect(await lookupEvents(exports, 'AccessKeyId', userKey)).toEqual(
			expect.arrayContaining([
				{name: 'EnableMFADevice', ...refused},
				{name: 'DeactivateMFADevice', ...refused},
			]),
		);
		const byName = await lookupEvents(exports, 'EventName', 'DeactivateMFADevice');
		expect(byName).toEqual([
			{
				name: 'DeactivateMFADevice',
				errorCode: undefined,
				type: 'IAMUser',
				accessKeyId: expect.stringMatching(/^ASIA/),
				mfaAuthenticated: 'true',
			},
			{name: 'DeactivateMFADevice', ...refused},
		]);
	}, 60_000);
});
