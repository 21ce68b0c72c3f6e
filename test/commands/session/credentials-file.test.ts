import {chmodSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {effectiveValues, parseLikeBotocore} from '../../../source/commands/session/botocore-ini.js';
import {writeSessionProfile} from '../../../source/commands/session/write-profile.js';
import {Secret} from '../../../source/secret.js';
import {botocoreRead, hasBotocore} from '../../support/botocore.js';
import {ScratchDirs} from '../../support/scratch.js';

/*
 * --write-profile against the credentials files that fooled the old line parser (issue 21, point
 * 3), each judged by botocore itself: it parses the file after the write, every other profile
 * reads as before, and a section holding long-term keys is never touched.
 */

const scratch = new ScratchDirs();
afterEach(async () => scratch.removeAll());

const SESSION = {
	accessKeyId: 'ASIANEWSESSION0000001',
	secretAccessKey: new Secret('newSecret/0123456789+abcdefghijklmnopqrs'),
	sessionToken: new Secret('FwoGZXIvYXdzEnewtoken0123456789abcdef=='),
	expiration: new Date(Date.now() + 3_600_000),
	serialNumber: 'arn:aws:iam::123456789012:mfa/me',
	sourceArn: 'arn:aws:iam::123456789012:user/me',
	sourceAccessKeyId: 'AKIASOURCE0000000001',
};

function credentialsFile(content: string | Buffer): string {
	const dir = scratch.makeSync('sts-mfa-credentials-');
	chmodSync(dir, 0o700);
	const file = join(dir, 'credentials');
	writeFileSync(file, content, {mode: 0o600});
	return file;
}

type Profiles = Record<string, Record<string, unknown>>;

function profilesOf(file: string, encoding: 'locale' | 'latin1' = 'locale'): Profiles {
	const reading = botocoreRead(file, encoding);
	if ('error' in reading) throw new Error(`botocore cannot read ${file}: ${reading.error}`);
	return reading.profiles;
}

/** Writes the session as [target] and checks through botocore that only [target] changed. */
async function writeAndCheck(content: string | Buffer, target: string, encoding: 'locale' | 'latin1' = 'locale') {
	const file = credentialsFile(content);
	const before = profilesOf(file, encoding);
	await writeSessionProfile(file, target, SESSION);
	const after = profilesOf(file, encoding);
	const {[target]: written, ...others} = after;
	const {[target]: old, ...othersBefore} = before;
	expect(others).toEqual(othersBefore);
	expect(written).toMatchObject({
		aws_access_key_id: SESSION.accessKeyId,
		aws_secret_access_key: SESSION.secretAccessKey.reveal(),
		aws_session_token: SESSION.sessionToken.reveal(),
	});
	for (const [key, value] of Object.entries(old ?? {}))
		if (!key.startsWith('aws_')) expect(written?.[key]).toEqual(value);
	return readFileSync(file);
}

async function expectRefused(content: string, target: string, message: RegExp) {
	const file = credentialsFile(content);
	await expect(writeSessionProfile(file, target, SESSION)).rejects.toThrow(message);
	expect(readFileSync(file, 'utf8')).toBe(content);
}

const AKIA =
	'aws_access_key_id = AKIALONGTERM00000001\naws_secret_access_key = longTermSecret0123456789abcdefghijklmnop';

describe.skipIf(!hasBotocore)('--write-profile as botocore reads the file', () => {
	it('never overwrites AKIA keys beside an empty aws_session_token', async () => {
		await expectRefused(`[t]\n${AKIA}\naws_session_token =\n`, 't', /\[t\] holds long-term access keys \(line 2/);
		await expectRefused(`[t]\n${AKIA}\naws_session_token = \n[u]\nx = 1\n`, 't', /long-term/);
	});

	it('refuses duplicate sections, naming the second header, as botocore does', async () => {
		const twice = `[t]\naws_session_token = old\n\n[t]\n${AKIA}\n`;
		expect(botocoreRead(credentialsFile(twice))).toMatchObject({error: expect.stringMatching(/Unable to parse/)});
		await expectRefused(twice, 't', /line 4: \[t\] appears a second time \(first at line 1\)/);
	});

	it('sees long-term keys written `key: value`, after a lone CR, or indented under the header', async () => {
		await expectRefused(
			'[t]\naws_access_key_id: AKIALONGTERM00000001\naws_secret_access_key: s\n',
			't',
			/holds long-term access keys \(line 2/,
		);
		await expectRefused(`[a]\r[t]\r${AKIA.replace('\n', '\r')}\r`, 't', /holds long-term access keys \(line 3/);
		await expectRefused(`[t]\n   ${AKIA.replace('\n', '\n   ')}\n`, 't', /holds long-term access keys/);
	});

	it('never folds indented lines (an AKIA secret) into the new token', async () => {
		await expectRefused(
			`[t]\naws_session_token = old\n  ${AKIA.replace('\n', '\n  ')}\n`,
			't',
			/line 4 is indented under 'aws_session_token' of \[t\] \(line 2\)/,
		);
	});

	it('keeps mixed LF and CRLF, and CR-only files, readable by botocore, every other byte as it was', async () => {
		const mixed = `# mine\r\n[a]\r\n${AKIA.replace('\n', '\r\n')}\n\n[t]\naws_session_token = old\r\nregion = eu-west-1\n[b]\ns3 =\n  addressing_style = path\r\n`;
		const after = (await writeAndCheck(mixed, 't')).toString('latin1');
		expect(after.startsWith(mixed.slice(0, mixed.indexOf('[t]\n') + 4))).toBe(true);
		expect(after.endsWith('region = eu-west-1\n[b]\ns3 =\n  addressing_style = path\r\n')).toBe(true);
		const crOnly = `[a]\r${AKIA.replace('\n', '\r')}\r\r[t]\rregion = x\r`;
		const written = (await writeAndCheck(crOnly, 't')).toString('latin1');
		expect(written).not.toContain('\n');
		await writeAndCheck(crOnly, 'new');
	});

	it('appends a new profile without disturbing the last one, even without a final newline', async () => {
		await writeAndCheck(`[a]\n${AKIA}`, 'new');
		await writeAndCheck('', 'new');
		await writeAndCheck(`[a]\ns3 =\n  signature_version = s3v4`, 'new');
	});

	it('refuses a file botocore cannot read, naming the line', async () => {
		await expectRefused('aws_access_key_id = x\n[t]\n', 't', /line 1: a setting stands before any \[section\]/);
		await expectRefused('[a]\nnot a setting\n', 't', /line 2: 'not a setting' is neither/);
		await expectRefused('\ufeff[t]\nregion = x\n', 't', /line 1/);
		await expectRefused('[a]\nx = 1\nX = 2\n', 't', /line 3: 'x' is set a second time in \[a\]/);
	});

	it('keeps Latin-1 bytes in other sections byte for byte', async () => {
		const latin1 = Buffer.from('# Réglages de José\n[a]\nregion = eu-west-1 ; café\n\n[t]\nregion = x\n', 'latin1');
		const after = await writeAndCheck(latin1, 't', 'latin1');
		expect(after.subarray(0, latin1.indexOf('[t]') + 4)).toEqual(latin1.subarray(0, latin1.indexOf('[t]') + 4));
		expect(after.includes(Buffer.from('Jos\xe9', 'latin1'))).toBe(true);
		expect(after.includes(Buffer.from('\ufffd'))).toBe(false);
	});

	it('never writes into [DEFAULT], whose settings every profile gets', async () => {
		await expectRefused('[a]\nx = 1\n', 'DEFAULT', /\[DEFAULT\] gives its settings to every profile/);
		await expectRefused(`[DEFAULT]\n${AKIA}\n[t]\nregion = x\n`, 't', /\[t\] holds long-term access keys \(line 2/);
	});
});

/** Files where a line parser and botocore part ways: the parser must agree with botocore on each. */
const TRICKY = [
	'[a]\r\nx = 1\ny: 2\r[b]\rz=3\n',
	'[a]\nx = 1\n  continued\n\n  after a blank\n# comment\n  after a comment\ny = 2\n',
	'[a]\ns3 =\n  addressing_style = path\n  signature_version = s3v4\n',
	'[a]\ns3 =\n  not nested\n',
	'[ spaced ]\nx = 1\n[a] ; comment\ny = 2\n[b]]\nz = 3\n',
	'[DEFAULT]\nregion = eu-west-1\n[a]\nx = 1\n[b]\nregion = us-east-1\n',
	'  [a]\n  x = 1\n    y = 2\n  z = 3\n',
	'[a]\nx = 1\n[a]\ny = 2\n',
	'[a]\n= value\n',
	'[a]\nkey = a=b:c\nother:d=e\n',
	'[a]\nx = 1\t\v\n\u00a0y = 2\n',
];

describe.skipIf(!hasBotocore)('parseLikeBotocore', () => {
	it.each(TRICKY.map((text) => [JSON.stringify(text), text]))('reads %s as botocore does', (_name, text) => {
		const file = credentialsFile(text);
		const reading = botocoreRead(file);
		const parsed = parseLikeBotocore(Buffer.from(text));
		if ('error' in reading) {
			expect(parsed).toHaveProperty('rejected');
			return;
		}
		expect(parsed).not.toHaveProperty('rejected');
		if ('rejected' in parsed) return;
		const ours = Object.fromEntries(
			[...parsed.sections.keys()].map((name) => [name, Object.fromEntries(effectiveValues(parsed, name)!)]),
		);
		expect(ours).toEqual(reading.profiles);
	});
});
