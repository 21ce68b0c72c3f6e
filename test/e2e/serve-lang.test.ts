import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {waitUntil} from '../support/wait-until.js';
import {cli} from './support/build.js';
import {sshArgs, sshAvailable, startServe, useServeTests} from './support/ssh.js';
import {Terminal, tmuxAvailable} from './support/terminal.js';

/*
 * `sts-mfa serve --ssh` in Brazilian Portuguese, through the built CLI: the room's lines under
 * LANG=pt_BR.UTF-8 or --lang pt-BR, with the address and the fingerprint as they are in English
 * (scripts read them), and what an attendee meets over ssh in the server's language.
 */

const run = promisify(execFile);
const PT = {LANG: 'pt_BR.UTF-8'};
const ssh = sshAvailable();
const sshAndTmux = ssh && tmuxAvailable();
if (!sshAndTmux)
	console.warn('ssh (openssh-client) or tmux is not installed: the attendee tests in Portuguese are skipped.');

describe('sts-mfa serve --ssh in Portuguese', () => {
	useServeTests();

	it('says where it listens, the fingerprint and what attendees type in Portuguese, then stops with Ctrl-C', async () => {
		const server = await startServe([], PT);
		const {port} = server;
		expect(server.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
		const said = server.output();
		expect(said).toContain(`sts-mfa: servindo a demonstração por SSH em 127.0.0.1:${port}\n`);
		expect(said).toContain(`impressão digital da chave de host: ED25519 ${server.fingerprint}\n`);
		expect(said).toContain(`os participantes digitam: ssh -p ${port} 127.0.0.1\n`);
		expect(said).toContain('somente loopback: sem autenticação');
		expect(said).toContain('Ctrl-C encerra o servidor');
		expect(said).not.toMatch(/serving|attendees type|fingerprint:/);
		expect(await server.stop()).toBe(0);
		expect(server.output()).toContain('sts-mfa: encerrando: fazendo a limpeza de todas as execuções dos participantes');
	}, 90_000);

	it('refuses a room without authentication in Portuguese (--lang pt-BR), exit 2', async () => {
		const args = [cli(), '--lang', 'pt-BR', 'serve', '--ssh', '--host', '0.0.0.0', '--port', '0'];
		const result = await run(process.execPath, args, {env: {...process.env, LANG: 'C.UTF-8'}}).then(
			() => ({code: 0, stderr: ''}),
			(error: {code?: number; stderr?: string}) => ({code: error.code, stderr: error.stderr ?? ''}),
		);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('recusando escutar em 0.0.0.0 sem autenticação');
	});

	it('refuses a bad --idle-timeout and --max-attendees in Portuguese (--lang pt-BR), exit 2', async () => {
		for (const [flags, said] of [
			[['--idle-timeout', '5'], "--idle-timeout precisa de uma duração de 1m a 24h, como 15m; recebido: '5'"],
			[['--max-attendees', '0'], "--max-attendees precisa ser um número inteiro de 1 a 500; recebido: '0'"],
		] as const) {
			const args = [cli(), '--lang', 'pt-BR', 'serve', '--ssh', '--port', '0', ...flags];
			const result = await run(process.execPath, args, {env: {...process.env, LANG: 'C.UTF-8'}}).then(
				() => ({code: 0, stderr: ''}),
				(error: {code?: number; stderr?: string}) => ({code: error.code, stderr: error.stderr ?? ''}),
			);
			expect(result.code).toBe(2);
			expect(result.stderr).toContain(said);
		}
	});

	it.skipIf(!ssh)(
		'tells an attendee without a terminal, in Portuguese, to use ssh -t',
		async () => {
			const server = await startServe(['--lang', 'pt-BR']);
			const refused = await run(sshArgs(server.port)[0]!, [...sshArgs(server.port, ['-T']).slice(1)], {
				timeout: 20_000,
			}).then(
				() => ({code: 0, stdout: ''}),
				(error: {code?: number; stdout?: string}) => ({code: error.code, stdout: error.stdout ?? ''}),
			);
			expect(refused.code).toBe(1);
			expect(refused.stdout).toContain('O sts-mfa precisa de um terminal: conecte com ssh -t');
		},
		90_000,
	);

	it.skipIf(!sshAndTmux)(
		'gives an attendee the dashboard in Portuguese, and logs their arrival and leaving',
		async () => {
			const server = await startServe([], PT);
			const terminal = await Terminal.start(sshArgs(server.port, ['-t']), {cols: 80, rows: 24});
			await terminal.waitFor('Qual cenário?', {timeout: 30_000});
			await waitUntil('the room to hear the attendee arrive', () =>
				server.output().includes('participante 1 entrou (1 na sala)'),
			);
			await terminal.type('q');
			await waitUntil('the room to hear the attendee leave', () =>
				server.output().includes('participante 1 saiu (0 na sala)'),
			);
		},
		90_000,
	);
});
