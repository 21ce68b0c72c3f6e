import {spawnSync} from 'node:child_process';
import {chmod} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {DeletionProgress, Leftovers} from '../../source/journal/index.js';
import {describeLeftovers, describeProgress} from '../../source/journal/index.js';
import {inLanguage} from '../../source/words/language.js';
import {journalDocument, writeJournal} from '../cleanup/journals.js';
import {cli, prepareCli, removeCliCopy, ROOT} from '../e2e/support/build.js';
import {ScratchDirs} from '../support/scratch.js';

/* The journal's words (why a journal is set aside, cleanup's lines) in both languages. */

const scratch = new ScratchDirs();

describe("`sts-mfa cleanup` says why it set a journal aside in the user's language", () => {
	beforeAll(prepareCli, 120_000);
	afterAll(removeCliCopy);
	afterEach(() => scratch.removeAll());

	/** A journal another host wrote, one whose target does not validate, and one that others can write. */
	async function stateDirectory(): Promise<string> {
		const stateDir = await scratch.make('sts-mfa-journal-words-');
		const journals = path.join(stateDir, 'journals');
		await writeJournal(journals, journalDocument('elsewhere1', [], {hostname: 'another-host'}));
		await writeJournal(
			journals,
			journalDocument('planted1', [], {target: {kind: 'aws', region: 'us-east-1', endpoint: 'http://127.0.0.1:9'}}),
		);
		await chmod(await writeJournal(journals, journalDocument('writable1', [])), 0o666);
		return stateDir;
	}

	function cleanup(args: string[], env: NodeJS.ProcessEnv) {
		const {LC_ALL, LC_MESSAGES, LANG, ...rest} = process.env;
		const result = spawnSync(process.execPath, [cli(), 'cleanup', '--dry-run', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			env: {...rest, NO_COLOR: '1', ...env},
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 60_000,
		});
		return {code: result.status, output: `${result.stdout}${result.stderr}`};
	}

	it('in Portuguese under LANG=pt_BR.UTF-8 or --lang pt-BR, in English otherwise', async () => {
		const STS_MFA_STATE_DIR = await stateDirectory();
		const portuguese = cleanup([], {STS_MFA_STATE_DIR, LANG: 'pt_BR.UTF-8'});
		expect(portuguese.code, portuguese.output).toBe(0);
		expect(portuguese.output).toContain(
			"elsewhere1.json: gravado no host 'another-host', cujas execuções não podem ser vistas daqui",
		);
		expect(portuguese.output).toContain('planted1.json: um alvo AWS não pode indicar um endpoint');
		expect(portuguese.output).toMatch(/writable1\.json: não usado: \S+ pode ser gravado por outros usuários/);
		expect(portuguese.output).not.toContain('written on host');

		const flagged = cleanup(['--lang', 'pt-BR'], {STS_MFA_STATE_DIR, LANG: 'C.UTF-8'});
		expect(flagged.output).toContain('planted1.json: um alvo AWS não pode indicar um endpoint');

		const english = cleanup(['--lang', 'en'], {STS_MFA_STATE_DIR, LANG: 'pt_BR.UTF-8'});
		expect(english.output).toContain("elsewhere1.json: written on host 'another-host', whose runs cannot be seen");
		expect(english.output).toContain('planted1.json: an AWS target must not name an endpoint');
		expect(english.output).toMatch(/writable1\.json: not used: \S+ is writable by others/);
		expect(english.output).not.toContain('gravado no host');
	});
});

describe("cleanup's lines in Brazilian Portuguese", () => {
	const now = Date.parse('2025-01-01T02:00:00Z');
	const leftovers: Leftovers = {
		users: [
			{
				userName: 'sts-mfa-demo-r1',
				found: {by: 'journal', runId: 'r1'},
				policyNames: ['sts-mfa-require-mfa'],
				accessKeyIds: ['AKIAEXAMPLE'],
				mfaSerials: ['arn:aws:iam::123456789012:mfa/sts-mfa/d1'],
				ourMfaSerials: [],
			},
		],
		devices: [],
		roles: [],
		policies: [
			{
				policyName: 'p',
				arn: 'arn:aws:iam::123456789012:policy/sts-mfa/p',
				found: {by: 'tags', runId: 'r2', createdAt: new Date('2025-01-01T00:00:00Z')},
			},
		],
	};

	it('names each leftover, how it was found and how old it is', () => {
		expect(inLanguage('pt-BR', () => describeLeftovers(leftovers, now))).toEqual([
			'  usuário sts-mfa-demo-r1  (do diário da execução r1)',
			'    política em linha sts-mfa-require-mfa',
			'    chave de acesso AKIAEXAMPLE',
			'    dispositivo de MFA arn:aws:iam::123456789012:mfa/sts-mfa/d1 (ativado)',
			'  política gerenciada arn:aws:iam::123456789012:policy/sts-mfa/p  (da execução r2, sem registro nesta máquina, idade: 2h)',
		]);
		expect(describeLeftovers(leftovers, now).at(-1)).toBe(
			'  managed policy arn:aws:iam::123456789012:policy/sts-mfa/p  (from run r2, no record on this machine, created 2h ago)',
		);
	});

	it('says what happened to each deletion, the participle agreeing with the noun it follows', () => {
		const progress = (outcome: DeletionProgress['outcome'], error?: string): DeletionProgress => ({
			kind: 'userPolicy',
			id: 'sts-mfa-require-mfa',
			userName: 'u',
			outcome,
			...(error === undefined ? {} : {error}),
		});
		const lines = inLanguage('pt-BR', () =>
			[progress('deleted'), progress('alreadyGone'), progress('failed', 'AccessDenied')].map(describeProgress),
		);
		expect(lines).toEqual([
			'  política em linha sts-mfa-require-mfa (usuário u): excluída',
			'  já não existia: política em linha sts-mfa-require-mfa (usuário u)',
			'  FALHOU: excluir política em linha sts-mfa-require-mfa (usuário u): AccessDenied',
		]);
		expect(describeProgress(progress('deleted'))).toBe('  deleted inline policy sts-mfa-require-mfa (user u)');
	});
});
