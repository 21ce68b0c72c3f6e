import {spawnSync} from 'node:child_process';
import {parseArgs} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parserRefusal} from '../../source/cli/parser-refusal.js';
import {inLanguage} from '../../source/words/language.js';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';

/* A refused command line, said in the language in force: Node's parser's refusals and each flag's own. */

/** What Node's parseArgs throws for `args` against a --port (value) and an --aws (boolean) option. */
function refusal(args: string[], allowPositionals = false): unknown {
	try {
		parseArgs({
			args,
			options: {port: {type: 'string', short: 'p'}, aws: {type: 'boolean', short: 'a'}},
			strict: true,
			allowPositionals,
		});
	} catch (error) {
		return error;
	}
	throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe("Node's parser refusals, in each language", () => {
	const cases: [string[], boolean, string, string][] = [
		[['--colour'], true, "Unknown option '--colour'", "Opção desconhecida '--colour'"],
		[['-p'], false, "Option '--port' needs a value", "A opção '--port' precisa de um valor"],
		[['--aws=yes'], false, "Option '--aws' takes no value", "A opção '--aws' não aceita valor"],
		[
			['--port', '--aws'],
			false,
			"Option '--port' is followed by an option, not its value (a value that starts with a dash is written --port=-VALUE)",
			"A opção '--port' é seguida de outra opção, não do seu valor (um valor que começa com hífen se escreve --port=-VALOR)",
		],
		[
			['extra'],
			false,
			"Unexpected argument 'extra': this command takes none",
			"Argumento inesperado 'extra': este comando não aceita argumentos",
		],
	];
	it.each(cases)('%j', (args, positionals, english, portuguese) => {
		const error = refusal(args, positionals);
		expect(inLanguage('en', () => parserRefusal(error))).toBe(english);
		expect(inLanguage('pt-BR', () => parserRefusal(error))).toBe(portuguese);
	});

	it("keeps the message of a refusal it does not know, without Node's hint", () => {
		expect(parserRefusal(new Error('Something new. To specify a value, do this'))).toBe('Something new');
	});
});

describe('a bad command line from the built CLI, in Portuguese', () => {
	beforeAll(prepareCli);
	afterAll(removeCliCopy);

	function run(args: string[], env: NodeJS.ProcessEnv = {}) {
		const {LC_ALL, LC_MESSAGES, LANG, ...rest} = process.env;
		const result = spawnSync(process.execPath, [cli(), ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			env: {...rest, LANG: 'C.UTF-8', NO_COLOR: '1', ...env},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		return {code: result.status, stdout: result.stdout, stderr: result.stderr};
	}

	const PT = {LANG: 'pt_BR.UTF-8'};
	const refusals: [string[], NodeJS.ProcessEnv, string][] = [
		[
			['--colour', '--lang', 'pt-BR'],
			{},
			"Opção desconhecida '--colour' (em 'sts-mfa run'; veja 'sts-mfa run --help')",
		],
		[
			['sandbox', '--port'],
			PT,
			"A opção '--port' precisa de um valor (em 'sts-mfa sandbox'; veja 'sts-mfa sandbox --help')",
		],
		[['sandbox', '--port', '70000'], PT, '--port deve ficar entre 0 e 65535, recebeu 70000'],
		[['cleanup', '--older-than', '90'], PT, "--older-than precisa de uma duração como 30m, 2h ou 1d, recebeu '90'"],
		[['deploy'], PT, "comando desconhecido 'deploy'; os comandos são: run, sandbox, cleanup, session, check,"],
		[['--profile', 'demo', '--lang', 'pt-BR'], {}, '--profile só vale para uma conta real: adicione --aws'],
		[
			['check', '--aws', '--endpoint', 'http://127.0.0.1:1'],
			PT,
			'--aws e --endpoint não podem ser usados juntos: escolha um alvo',
		],
		[['check', '--fail-on', 'sometimes'], PT, "--fail-on deve ser high, medium, low ou none, recebeu 'sometimes'"],
		[['session', '--bogus'], PT, "Opção desconhecida '--bogus' (veja 'sts-mfa session --help')"],
		[
			['serve', '--ssh', '--port'],
			PT,
			"A opção '--port' precisa de um valor (em 'sts-mfa serve'; veja 'sts-mfa serve --help')",
		],
		[
			['presenter', '--talk'],
			PT,
			"Opção desconhecida '--talk' (em 'sts-mfa presenter'; veja 'sts-mfa presenter --help')",
		],
	];
	it.each(refusals)('%j %j', (args, env, said) => {
		const {code, stdout, stderr} = run(args, env);
		expect({code, stdout}).toEqual({code: 2, stdout: ''});
		expect(stderr).toContain(`sts-mfa: ${said}`);
	});

	it('says the same refusals in English without a Portuguese locale', () => {
		expect(run(['--colour']).stderr).toBe(
			"sts-mfa: Unknown option '--colour' (in 'sts-mfa run'; see 'sts-mfa run --help')\n",
		);
		expect(run(['check', '--aws', '--endpoint', 'http://127.0.0.1:1']).stderr).toBe(
			'sts-mfa: --aws and --endpoint cannot be used together: pick one target\n',
		);
	});
});
