import {describe, expect, it} from 'vitest';
import {parseCli} from '../../source/cli/args.js';
import {helpText} from '../../source/cli/help.js';
import {UsageError} from '../../source/errors.js';

function usageError(argv: string[]): string {
	try {
		parseCli(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('sts-mfa arguments', () => {
	it('runs the demo against the embedded sandbox when given nothing', () => {
		expect(parseCli([])).toEqual({
			command: 'run',
			aws: false,
			profile: undefined,
			region: undefined,
			endpoint: undefined,
			plain: false,
			json: false,
			yes: false,
			autoMfa: false,
			lightBackground: false,
			screenReader: false,
			propagationTimeoutSeconds: 120,
			propagationDelaySeconds: 0,
		});
	});

	it('reads the unattended flags, with or without the run command', () => {
		const unattended = parseCli(['--plain', '--auto-mfa', '-y', '--json', '--propagation-timeout', '30']);
		expect(unattended).toMatchObject({
			command: 'run',
			plain: true,
			autoMfa: true,
			yes: true,
			json: true,
			propagationTimeoutSeconds: 30,
		});
		expect(parseCli(['run', '--plain', '--auto-mfa', '-y', '--json', '--propagation-timeout', '30'])).toEqual(
			unattended,
		);
	});

	it('takes the scenario by name, and none when not given (the dashboard then asks)', () => {
		expect(parseCli(['--scenario', 'force-mfa', '--plain'])).toMatchObject({command: 'run', scenario: 'force-mfa'});
		expect(parseCli(['run', '--scenario', 'session-token'])).toMatchObject({scenario: 'session-token'});
		expect(parseCli([])).not.toHaveProperty('scenario');
	});

	it('takes a real account with a profile and region', () => {
		expect(parseCli(['--aws', '--profile', 'demo', '--region', 'eu-west-1'])).toMatchObject({
			aws: true,
			profile: 'demo',
			region: 'eu-west-1',
		});
	});

	it('says exactly what is wrong with bad input', () => {
		expect(usageError(['deploy'])).toBe(
			"unknown command 'deploy'; commands are: run, sandbox, cleanup, session, check, serve, presenter, help (see 'sts-mfa --help')",
		);
		expect(usageError(['--aws', '--endpoint', 'http://127.0.0.1:4566'])).toContain(
			'--aws and --endpoint cannot be used together',
		);
		expect(usageError(['--profile', 'demo'])).toContain('--profile only applies to a real account: add --aws');
		expect(usageError(['--endpoint', 'localhost:4566'])).toContain(
			"--endpoint must be an http:// or https:// URL, got 'localhost:4566'",
		);
		expect(usageError(['--endpoint', 'not a url'])).toContain('--endpoint needs a URL');
		expect(usageError(['--region', 'Europe'])).toContain(
			"--region needs a region name such as us-east-1, got 'Europe'",
		);
		expect(usageError(['--propagation-timeout', 'soon'])).toBe("--propagation-timeout needs a number, got 'soon'");
		expect(usageError(['--propagation-timeout', '0'])).toBe('--propagation-timeout must be between 1 and 3600, got 0');
		expect(usageError(['--scenario', 'assume'])).toMatch(
			/^--scenario must be one of session-token, .*force-mfa.* \(got 'assume'\)$/,
		);
		expect(usageError(['--aws', '--propagation-delay', '3'])).toContain(
			'--propagation-delay only applies to the embedded sandbox',
		);
		expect(usageError(['--colour'])).toMatch(/Unknown option '--colour'.*in 'sts-mfa run'; see 'sts-mfa run --help'/);
		expect(usageError(['sandbox', '--port', '70000'])).toBe('--port must be between 0 and 65535, got 70000');
		expect(usageError(['sandbox', '--account-id', '12345'])).toBe("--account-id needs 12 digits, got '12345'");
		expect(usageError(['cleanup', '--older-than', '90'])).toBe(
			"--older-than needs a duration such as 30m, 2h or 1d, got '90'",
		);
		expect(usageError(['cleanup', '--run', '../x'])).toMatch(/--run needs a run id/);
		expect(usageError(['sandbox', '--secret-access-key', 'k', '--secret-access-key-file', 'f'])).toMatch(
			/cannot be used together/,
		);
		expect(usageError(['cleanup', '--plain'])).toMatch(/Unknown option '--plain'.*'sts-mfa cleanup'/);
		expect(usageError(['--plain', 'extra'])).toMatch(/Unexpected argument 'extra'/);
	});

	it('parses the sandbox and cleanup commands', () => {
		expect(parseCli(['sandbox', '--port', '0', '--state', '/tmp/s.json', '--propagation-delay', '2'])).toMatchObject({
			command: 'sandbox',
			host: '127.0.0.1',
			port: 0,
			state: '/tmp/s.json',
			propagationDelaySeconds: 2,
			detach: false,
		});
		expect(parseCli(['sandbox', '--detach'])).toMatchObject({command: 'sandbox', port: 4566, detach: true});
		expect(parseCli(['sandbox', '-d', '--port', '0'])).toMatchObject({port: 0, detach: true});
		expect(parseCli(['cleanup', '--endpoint', 'http://127.0.0.1:4566', '--dry-run'])).toMatchObject({
			command: 'cleanup',
			endpoint: 'http://127.0.0.1:4566',
			dryRun: true,
			yes: false,
		});
		expect(parseCli(['cleanup', '--older-than', '30m', '--run', 'abc12345', '--run', 'def67890'])).toMatchObject({
			olderThanMs: 30 * 60_000,
			runs: ['abc12345', 'def67890'],
		});
		expect(parseCli(['cleanup', '--older-than', '1d'])).toMatchObject({olderThanMs: 86_400_000});
	});

	it('answers --help and --version for every command', () => {
		expect(parseCli(['--help'])).toEqual({command: 'help', topic: undefined});
		expect(parseCli(['sandbox', '-h'])).toEqual({command: 'help', topic: 'sandbox'});
		expect(parseCli(['help', 'cleanup'])).toEqual({command: 'help', topic: 'cleanup'});
		expect(parseCli(['-v'])).toEqual({command: 'version'});
	});

	it('documents every flag the parser accepts', () => {
		const flags = {
			run: [
				'--aws',
				'--profile',
				'--region',
				'--endpoint',
				'--plain',
				'--json',
				'--yes',
				'--auto-mfa',
				'--propagation-timeout',
				'--propagation-delay',
				'--help',
				'--version',
			],
			sandbox: [
				'--host',
				'--port',
				'--state',
				'--propagation-delay',
				'--account-id',
				'--access-key-id',
				'--secret-access-key',
				'--secret-access-key-file',
				'--help',
			],
			cleanup: [
				'--aws',
				'--endpoint',
				'--profile',
				'--region',
				'--older-than',
				'--run',
				'--dry-run',
				'--yes',
				'--help',
			],
		};
		for (const [topic, names] of Object.entries(flags)) {
			for (const name of names) expect(helpText(topic), `${topic} --help mentions ${name}`).toContain(name);
		}
		for (const command of ['sandbox', 'cleanup', 'help']) expect(helpText()).toContain(`sts-mfa ${command}`);
	});
});
