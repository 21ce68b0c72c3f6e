import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {execEnvironment} from '../../../source/commands/session/exec.js';
import {formatSession} from '../../../source/commands/session/output.js';
import type {CachedSession} from '../../../source/commands/session/session.js';
import {Secret} from '../../../source/secret.js';

const session: CachedSession = {
	accessKeyId: 'ASIAEXAMPLE',
	secretAccessKey: new Secret("it's/a+secret"),
	sessionToken: new Secret('token$with`shell"chars'),
	expiration: new Date('2030-01-02T03:04:05.000Z'),
	serialNumber: 'arn:aws:iam::123456789012:mfa/alice',
	sourceArn: 'arn:aws:iam::123456789012:user/alice',
	sourceAccessKeyId: 'AKIAEXAMPLE',
	region: 'eu-west-1',
	endpoint: 'http://127.0.0.1:1234',
};
/** Where the profile points now (not where it pointed when the session was cached). */
const place = {region: 'ap-south-1', endpoint: 'http://127.0.0.1:5678'};

describe('the session as the tools want it', () => {
	it('prints export lines that a shell evaluates back to the exact values', () => {
		const lines = formatSession(session, 'env', place);
		const printed = execFileSync(
			'sh',
			[
				'-c',
				`eval "$1"; printf '%s|%s|%s|%s|%s|%s|%s' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN" "$AWS_CREDENTIAL_EXPIRATION" "$AWS_REGION" "$AWS_DEFAULT_REGION" "$AWS_ENDPOINT_URL"`,
				'sh',
				lines,
			],
			{encoding: 'utf8'},
		);
		expect(printed).toBe(
			`ASIAEXAMPLE|it's/a+secret|token$with\`shell"chars|2030-01-02T03:04:05.000Z|ap-south-1|ap-south-1|http://127.0.0.1:5678`,
		);
	});

	it('prints the credential_process document (Version 1) on one line', () => {
		const text = formatSession(session, 'credential-process', place);
		expect(text.trimEnd().includes('\n')).toBe(false);
		expect(JSON.parse(text)).toEqual({
			Version: 1,
			AccessKeyId: 'ASIAEXAMPLE',
			SecretAccessKey: "it's/a+secret",
			SessionToken: 'token$with`shell"chars',
			Expiration: '2030-01-02T03:04:05.000Z',
		});
	});

	it('prints JSON with the device the session was made with', () => {
		expect(JSON.parse(formatSession(session, 'json', place))).toMatchObject({
			AccessKeyId: 'ASIAEXAMPLE',
			SerialNumber: 'arn:aws:iam::123456789012:mfa/alice',
		});
	});

	it("gives exec's command the session instead of the profile, with the profile's region and endpoint as they are now", () => {
		const env = execEnvironment(session, place, {
			AWS_PROFILE: 'base',
			AWS_DEFAULT_PROFILE: 'base',
			PATH: '/bin',
		});
		expect(env).toMatchObject({
			PATH: '/bin',
			AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
			AWS_SESSION_TOKEN: 'token$with`shell"chars',
			AWS_REGION: 'ap-south-1',
			AWS_DEFAULT_REGION: 'ap-south-1',
			AWS_ENDPOINT_URL: 'http://127.0.0.1:5678',
		});
		expect(env.AWS_PROFILE).toBeUndefined();
		expect(env.AWS_DEFAULT_PROFILE).toBeUndefined();
	});
});
