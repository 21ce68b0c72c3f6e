import {spawnSync} from 'node:child_process';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';
import {ScratchDirs} from '../support/scratch.js';

/*
 * cleanup and a missing profile in Brazilian Portuguese, through the built CLI with a scratch HOME
 * and state directory: what a user reads when there is nothing to clean, when a target cannot be
 * reached (the AWS call's own failure included), and when a profile does not exist.
 */

const scratch = new ScratchDirs();
let home: string;

beforeAll(prepareCli);
afterAll(removeCliCopy);
beforeEach(async () => {
	home = await scratch.make('sts-mfa-cleanup-lang-');
});
afterEach(() => scratch.removeAll());

function run(args: string[]) {
	const {LC_ALL, LC_MESSAGES, AWS_PROFILE, ...rest} = process.env;
	const result = spawnSync(process.execPath, [cli(), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...rest,
			LANG: 'pt_BR.UTF-8',
			HOME: home,
			STS_MFA_STATE_DIR: home,
			AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE01',
			AWS_SECRET_ACCESS_KEY: 'example-secret-for-an-unreachable-endpoint',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 60_000,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('cleanup in Portuguese', () => {
	it('says there is nothing to clean up, and how to search an account', () => {
		expect(run(['cleanup'])).toEqual({
			code: 0,
			stdout:
				'Nenhuma execução anterior deixou algo para limpar. (Para procurar em uma conta pelo caminho do IAM /sts-mfa/, adicione --aws ou --endpoint URL.)\n',
			stderr: '',
		});
	});

	it('says which target it could not search, why, and that nothing there was deleted (exit 1)', () => {
		const {code, stderr} = run(['cleanup', '--endpoint', 'http://127.0.0.1:1']);
		expect(code).toBe(1);
		expect(stderr).toContain(
			'Não foi possível fazer a busca em endpoint http://127.0.0.1:1: STS GetCallerIdentity não obteve resposta do endpoint',
		);
		expect(stderr).toContain(
			'Não foi possível verificar endpoint http://127.0.0.1:1: o que as execuções deixaram lá é desconhecido e nada lá foi excluído (veja acima).',
		);
	});

	it('says a profile does not exist and where it looked (exit 2)', () => {
		const {code, stderr} = run(['check', '--aws', '--profile', 'nope', '--plain']);
		expect(code).toBe(2);
		expect(stderr).toBe(
			`sts-mfa: o perfil da AWS 'nope' não existe: procurado em ${home}/.aws/config e ${home}/.aws/credentials\n`,
		);
	});
});
