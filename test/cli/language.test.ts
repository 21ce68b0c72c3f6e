import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {languageFromEnvironment, takeLanguageFlag} from '../../source/cli/language.js';
import {UsageError} from '../../source/errors.js';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';

describe('choosing the language', () => {
	it('takes --lang VALUE or --lang=VALUE anywhere before --, and leaves the other arguments', () => {
		expect(takeLanguageFlag(['--plain', '--lang', 'pt-BR', '--yes'])).toEqual({
			language: 'pt-BR',
			argv: ['--plain', '--yes'],
		});
		expect(takeLanguageFlag(['check', '--lang=en'])).toEqual({language: 'en', argv: ['check']});
		expect(takeLanguageFlag(['session', 'exec', '--', 'tool', '--lang', 'pt-BR'])).toEqual({
			argv: ['session', 'exec', '--', 'tool', '--lang', 'pt-BR'],
		});
	});

	it('refuses an unknown or missing language with a usage error that names the choices', () => {
		expect(() => takeLanguageFlag(['--lang', 'fr'])).toThrow(
			new UsageError("--lang must be one of en, pt-BR, got 'fr'"),
		);
		expect(() => takeLanguageFlag(['--lang'])).toThrow(UsageError);
		expect(() => takeLanguageFlag(['--lang', '--', 'x'])).toThrow(UsageError);
	});

	it('else follows LC_ALL, then LC_MESSAGES, then LANG, else English', () => {
		expect(languageFromEnvironment({})).toBe('en');
		expect(languageFromEnvironment({LANG: 'pt_BR.UTF-8'})).toBe('pt-BR');
		expect(languageFromEnvironment({LANG: 'pt_BR.UTF-8', LC_MESSAGES: 'en_US.UTF-8'})).toBe('en');
		expect(languageFromEnvironment({LANG: 'en_US.UTF-8', LC_MESSAGES: 'pt_BR', LC_ALL: 'C'})).toBe('en');
		expect(languageFromEnvironment({LANG: 'C.UTF-8', LC_ALL: 'pt_PT.UTF-8'})).toBe('pt-BR');
		expect(languageFromEnvironment({LANG: 'de_DE.UTF-8'})).toBe('en');
		expect(languageFromEnvironment({LC_ALL: '', LANG: 'pt_BR'})).toBe('pt-BR');
	});
});

describe('the built command in two languages', () => {
	beforeAll(prepareCli);
	afterAll(removeCliCopy);

	function run(args: string[], env: NodeJS.ProcessEnv) {
		const {LC_ALL, LC_MESSAGES, LANG, ...rest} = process.env;
		const result = spawnSync(process.execPath, [cli(), ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			env: {...rest, NO_COLOR: '1', ...env},
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 120_000,
		});
		return {code: result.status, stdout: result.stdout, stderr: result.stderr};
	}

	it("refuses an unknown --lang in the locale's language, with exit status 2", () => {
		const english = run(['--lang', 'fr'], {});
		expect(english).toMatchObject({code: 2, stdout: ''});
		expect(english.stderr).toBe("sts-mfa: --lang must be one of en, pt-BR, got 'fr'\n");
		const portuguese = run(['--lang', 'fr'], {LANG: 'pt_BR.UTF-8'});
		expect(portuguese.stderr).toBe("sts-mfa: --lang deve ser en ou pt-BR; recebi 'fr'\n");
	});

	const demo = ['--scenario', 'session-token', '--plain', '--auto-mfa', '--yes'];
	const RUN_TIMEOUT = {timeout: 120_000};

	it("speaks the scenario's steps and results in Portuguese with --lang pt-BR", RUN_TIMEOUT, () => {
		const {code, stdout} = run(['--lang', 'pt-BR', ...demo], {});
		expect(code).toBe(0);
		expect(stdout).toContain('Criar usuário IAM de teste');
		expect(stdout).toContain('Sem MFA: ListBuckets → AccessDenied');
	});

	it('speaks Portuguese under LANG=pt_BR.UTF-8, and English when --lang en says so', RUN_TIMEOUT, () => {
		expect(run(demo, {LANG: 'pt_BR.UTF-8'}).stdout).toContain('Criar um dispositivo de MFA');
		const overridden = run(['--lang', 'en', ...demo], {LANG: 'pt_BR.UTF-8'});
		expect(overridden.stdout).toContain('Create a demo IAM user');
		expect(overridden.stdout).not.toContain('Criar');
	});
});
