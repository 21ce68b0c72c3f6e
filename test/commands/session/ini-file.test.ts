import {describe, expect, it} from 'vitest';
import {sectionSettings, withSectionSettings} from '../../../source/commands/session/ini-file.js';

const SESSION: [string, string][] = [
	['aws_access_key_id', 'ASIANEW'],
	['aws_secret_access_key', 'new/secret+key'],
	['aws_session_token', 'new-token'],
];

const CREDENTIALS = [
	'# my credentials; keep this comment',
	'[default]',
	'aws_access_key_id = AKIADEFAULT   ',
	'aws_secret_access_key=default/secret',
	'',
	';another comment, with ; and #',
	'[work-mfa]  # the session goes here',
	'aws_access_key_id = ASIAOLD',
	'aws_session_token = old-token',
	'# a note in the section',
	'region = eu-west-1',
	'aws_secret_access_key = old/secret',
	'',
	'[tools]',
	's3 =',
	'  addressing_style = path',
	'output = json',
].join('\n');

describe('editing a shared credentials file', () => {
	it('replaces the session keys of an existing section and keeps every other byte', () => {
		const edited = withSectionSettings(CREDENTIALS, 'work-mfa', SESSION);
		expect(edited).toBe(
			CREDENTIALS.replace(
				'aws_access_key_id = ASIAOLD\naws_session_token = old-token\n# a note in the section\nregion = eu-west-1\naws_secret_access_key = old/secret\n',
				'aws_access_key_id = ASIANEW\naws_secret_access_key = new/secret+key\naws_session_token = new-token\n# a note in the section\nregion = eu-west-1\n',
			),
		);
		expect(sectionSettings(edited, 'work-mfa').get('aws_session_token')).toBe('new-token');
		expect(sectionSettings(edited, 'tools').get('output')).toBe('json');
	});

	it('appends a new section at the end, with a blank line before it', () => {
		const edited = withSectionSettings(`${CREDENTIALS}\n`, 'new', SESSION);
		expect(edited).toBe(
			`${CREDENTIALS}\n\n[new]\naws_access_key_id = ASIANEW\naws_secret_access_key = new/secret+key\naws_session_token = new-token\n`,
		);
		expect(withSectionSettings(CREDENTIALS, 'new', SESSION).startsWith(`${CREDENTIALS}\n\n[new]\n`)).toBe(true);
		expect(withSectionSettings('', 'new', SESSION)).toBe(
			'[new]\naws_access_key_id = ASIANEW\naws_secret_access_key = new/secret+key\naws_session_token = new-token\n',
		);
	});

	it('keeps Windows line endings and the nested settings of a replaced key', () => {
		const crlf = CREDENTIALS.replaceAll('\n', '\r\n');
		const edited = withSectionSettings(crlf, 'tools', [['s3', 'x']], ['output']);
		expect(edited.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
		expect(edited).toContain('[tools]\r\ns3 = x\r\ns3 =\r\n  addressing_style = path');
		expect(edited).not.toContain('output = json');
		expect(edited.startsWith(crlf.split('[tools]')[0]!)).toBe(true);
	});

	it('takes the session keys out of every section of the name, and writes them once', () => {
		const twice = '[p]\naws_session_token = a\n[q]\nx = 1\n[p]\naws_session_token = b\nkeep = yes\n';
		expect(withSectionSettings(twice, 'p', SESSION)).toBe(
			'[p]\naws_access_key_id = ASIANEW\naws_secret_access_key = new/secret+key\naws_session_token = new-token\n[q]\nx = 1\n[p]\nkeep = yes\n',
		);
	});
});

describe('reading settings', () => {
	it('reads a section, trimming inline comments that follow whitespace only', () => {
		const settings = sectionSettings(
			'[profile a]\nmfa_serial = arn:aws:iam::1:mfa/x # mine\nurl = http://h/#frag\n',
			'profile a',
		);
		expect(settings.get('mfa_serial')).toBe('arn:aws:iam::1:mfa/x');
		expect(settings.get('url')).toBe('http://h/#frag');
	});

	it('matches section names with the spacing people write', () => {
		expect(sectionSettings('[ profile   a ]\nregion = r\n', 'profile a').get('region')).toBe('r');
		expect(sectionSettings('[profile b]\nregion = r\n', 'profile a').size).toBe(0);
	});
});
