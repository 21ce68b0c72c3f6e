import {spawnSync} from 'node:child_process';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fitHelp} from '../../source/cli/help-layout.js';
import {CHECK_HELP} from '../../source/words/check-help.js';
import {CLEANUP_HELP} from '../../source/words/cleanup-help.js';
import type {Bilingual, Language} from '../../source/words/language.js';
import {PRESENTER_HELP} from '../../source/words/presenter-help.js';
import {RUN_HELP, TOP_HELP} from '../../source/words/run-help.js';
import {SANDBOX_HELP} from '../../source/words/sandbox-help.js';
import {SERVE_HELP} from '../../source/words/serve-help.js';
import {SESSION_HELP} from '../../source/words/session-help.js';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';

/*
 * Every command's --help in English and in Brazilian Portuguese, from the built CLI: chosen by
 * --lang or by the locale, 80 columns at most, and the same words as written, in the same order
 * (only the line breaks move, so no word is cut).
 */

describe('fitting help to 80 columns', () => {
	it('wraps a too-wide row under its own column, keeping every word whole', () => {
		const row = `  --flag VALUE   ${'palavra '.repeat(12).trim()}`;
		const fitted = fitHelp(row, 40).split('\n');
		expect(fitted[0]).toBe('  --flag VALUE   palavra palavra palavra');
		for (const line of fitted.slice(1)) expect(line).toMatch(/^ {17}palavra( palavra)*$/);
		expect(fitted.join(' ').split(/\s+/).filter(Boolean)).toEqual(row.split(/\s+/).filter(Boolean));
	});

	it('joins a paragraph before wrapping it again, and leaves a block that fits as it was written', () => {
		const text = 'one two three four five six seven\neight nine\n\n  kept   as\n  it is';
		expect(fitHelp(text, 20)).toBe('one two three four\nfive six seven eight\nnine\n\n  kept   as\n  it is');
	});

	it('leaves a word wider than the width whole', () => {
		expect(fitHelp(`a ${'x'.repeat(30)} b`, 20)).toBe(`a\n${'x'.repeat(30)}\nb`);
	});
});

const TOPICS: readonly {topic: string | undefined; words: Bilingual}[] = [
	{topic: undefined, words: TOP_HELP},
	{topic: 'run', words: RUN_HELP},
	{topic: 'sandbox', words: SANDBOX_HELP},
	{topic: 'cleanup', words: CLEANUP_HELP},
	{topic: 'session', words: SESSION_HELP},
	{topic: 'check', words: CHECK_HELP},
	{topic: 'serve', words: SERVE_HELP},
	{topic: 'presenter', words: PRESENTER_HELP},
];

/** Sentences each command's Portuguese help says, word for word once its lines are joined. */
const PORTUGUESE: Record<string, readonly string[]> = {
	top: ['um painel no terminal que mostra como funciona um token de sessão da AWS que exige MFA', 'Comandos'],
	run: ['Executa uma demonstração de MFA: cria um usuário e um dispositivo de MFA virtual', 'Status de saída'],
	sandbox: ['Ele verifica assinaturas SigV4 e códigos TOTP e aplica as políticas do IAM', 'esta ajuda'],
	cleanup: [
		'Encontra o que execuções anteriores nesta máquina deixaram para trás',
		'apenas lista o que seria excluído',
	],
	session: ['Obtém uma sessão com MFA (GetSessionToken do STS) para o seu próprio perfil', 'o código de 6 dígitos'],
	check: [
		'O MFA é realmente exigido na sua conta?',
		'uma tabela de descobertas, depois a matriz de cada entidade principal',
	],
};

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const joined = (text: string) => words(text).join(' ');

describe('--help from the built CLI in both languages', () => {
	beforeAll(prepareCli);
	afterAll(removeCliCopy);

	function help(topic: string | undefined, args: string[], env: NodeJS.ProcessEnv = {}): string {
		const {LC_ALL, LC_MESSAGES, LANG, ...rest} = process.env;
		const result = spawnSync(process.execPath, [cli(), ...(topic ? [topic] : []), '--help', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			env: {...rest, LANG: 'C.UTF-8', ...env},
		});
		expect(result.status, result.stderr).toBe(0);
		return result.stdout;
	}

	for (const {topic, words: table} of TOPICS) {
		const name = topic ?? 'top';
		for (const language of ['en', 'pt-BR'] as const satisfies readonly Language[]) {
			it(`'${name} --help --lang ${language}' fits 80 columns with every word as written`, () => {
				const text = help(topic, ['--lang', language]);
				const tooWide = text.split('\n').filter((line) => stringWidth(line) > 80);
				expect(tooWide).toEqual([]);
				expect(words(text)).toEqual(words(table[language]));
			});
		}

		it(`'${name} --help' reads in Portuguese with --lang pt-BR or LANG=pt_BR.UTF-8`, () => {
			const portuguese = help(topic, ['--lang', 'pt-BR']);
			for (const sentence of PORTUGUESE[name] ?? []) expect(joined(portuguese)).toContain(sentence);
			expect(help(topic, [], {LANG: 'pt_BR.UTF-8'})).toBe(portuguese);
			expect(help(topic, ['--lang', 'en'], {LANG: 'pt_BR.UTF-8'})).toBe(help(topic, []));
			expect(help(topic, [])).not.toBe(portuguese);
		});
	}
});
