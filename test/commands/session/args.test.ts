import {describe, expect, it} from 'vitest';
import {parseCli} from '../../../source/cli/args.js';
import {helpText} from '../../../source/cli/help.js';
import {UsageError} from '../../../source/errors.js';

function refusal(argv: string[]): string {
	try {
		parseCli(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('sts-mfa session arguments', () => {
	it('asks for a 12-hour session as export lines, cached, by default', () => {
		expect(parseCli(['session'])).toEqual({
			command: 'session',
			profile: undefined,
			region: undefined,
			serial: undefined,
			durationSeconds: 43_200,
			tokenCode: undefined,
			mfaProcess: undefined,
			format: 'env',
			formatGiven: false,
			writeProfile: undefined,
			cache: true,
			refresh: false,
			exec: undefined,
		});
	});

	it('reads durations in hours, minutes or seconds, within what GetSessionToken allows', () => {
		expect(parseCli(['session', '--duration', '1h'])).toMatchObject({durationSeconds: 3600});
		expect(parseCli(['session', '--duration', '90m'])).toMatchObject({durationSeconds: 5400});
		expect(parseCli(['session', '--duration', '900'])).toMatchObject({durationSeconds: 900});
		expect(parseCli(['session', '--duration', '36h'])).toMatchObject({durationSeconds: 129_600});
		expect(refusal(['session', '--duration', '10m'])).toMatch(/between 15m and 36h/);
		expect(refusal(['session', '--duration', '37h'])).toMatch(/between 15m and 36h/);
		expect(refusal(['session', '--duration', 'a day'])).toMatch(/12h, 90m or 3600s/);
	});

	it('takes the command after -- for exec, with the options before or after the word exec', () => {
		expect(parseCli(['session', 'exec', '--profile', 'p', '--', 'aws', 's3', 'ls', '--profile', 'x'])).toMatchObject({
			profile: 'p',
			exec: ['aws', 's3', 'ls', '--profile', 'x'],
		});
		expect(parseCli(['session', '--profile', 'exec', 'exec', '--', 'env'])).toMatchObject({
			profile: 'exec',
			exec: ['env'],
		});
		expect(refusal(['session', 'exec', 'aws'])).toMatch(/after '--'/);
		expect(refusal(['session', 'exec', '--'])).toMatch(/after '--'/);
		expect(refusal(['session', '--', 'aws'])).toMatch(/only go with 'sts-mfa session exec'/);
		expect(refusal(['session', 'exec', '--format', 'json', '--', 'env'])).toMatch(/do not apply/);
	});

	it('refuses codes that cannot be one, and two sources of codes', () => {
		expect(refusal(['session', '--token-code', '12345'])).toMatch(/6-digit/);
		expect(refusal(['session', '--token-code', '123456', '--mfa-process', 'x'])).toMatch(/cannot be used together/);
		expect(refusal(['session', '--format', 'yaml'])).toMatch(/env, json, credential-process/);
		expect(refusal(['session', '--write-profile', 'a b'])).toMatch(/profile name/);
		expect(refusal(['session', '--region', 'Europe'])).toMatch(/us-east-1/);
		expect(refusal(['session', 'now'])).toMatch(/only word/);
	});

	it('has help of its own, listed in the top-level help', () => {
		expect(parseCli(['session', '--help'])).toEqual({command: 'help', topic: 'session'});
		expect(parseCli(['help', 'session'])).toEqual({command: 'help', topic: 'session'});
		const help = helpText('session');
		for (const flag of [
			'--profile',
			'--serial',
			'--duration',
			'--token-code',
			'--mfa-process',
			'--format',
			'--write-profile',
			'--no-cache',
			'--refresh',
			'exec',
		])
			expect(help).toContain(flag);
		expect(helpText()).toContain('sts-mfa session');
	});
});
