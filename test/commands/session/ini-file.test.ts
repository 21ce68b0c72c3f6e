import {describe, expect, it} from 'vitest';
import {sectionSettings} from '../../../source/commands/session/ini-file.js';

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
