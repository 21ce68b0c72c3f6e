import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {cli, prepareCli, removeCliCopy} from '../e2e/support/build.js';
import {castOutput, readCast, replayCast} from '../e2e/support/cast-replay.js';
import {promptOn, revealedSeed, runToSummary} from '../e2e/support/dashboard.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../e2e/support/terminal.js';
import {stopChildren} from '../support/processes.js';
import {ScratchDirs} from '../support/scratch.js';
import {leaksIn, SecretsSeen} from './support/leak-search.js';

/*
 * `--record` against "AWS": an --aws profile whose endpoint_url is a sandbox in this process, so its
 * store says every secret it handed out. The recording holds none of them in any form (the seed
 * revealed on screen included), and not one row of the QR code: a box says it was not recorded.
 */

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the --record secrets test is skipped (CI installs it).');

/** The rows of the QR code on a screen: runs of half blocks longer than any other drawing. */
function qrRows(screen: string): string[] {
	return screen.split('\n').flatMap((line) => /[ ▀▄█]*[▀▄█]{5}[ ▀▄█]*[▀▄█]/.exec(line)?.[0] ?? []);
}

describe.skipIf(!available)('--record with --aws', () => {
	const scratch = new ScratchDirs();
	let sandbox: RunningSandbox;
	let secrets: SecretsSeen;

	beforeAll(prepareCli);
	afterAll(removeCliCopy);
	beforeEach(async () => {
		sandbox = await startSandbox({port: 0}, {onStore: (store) => (secrets = new SecretsSeen(store))});
	});
	afterEach(async () => {
		await killAllTerminals();
		await stopChildren();
		await sandbox.stop();
		await scratch.removeAll();
	});

	it('leaves every secret and the QR code out of the file', async () => {
		const home = scratch.makeSync('sts-mfa-record-home-');
		mkdirSync(join(home, '.aws'));
		mkdirSync(join(home, 'state'));
		writeFileSync(
			join(home, '.aws', 'config'),
			`[profile demo]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
		);
		const {accessKeyId, secretAccessKey} = sandbox.credentials;
		writeFileSync(
			join(home, '.aws', 'credentials'),
			`[demo]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`,
		);
		const file = join(home, 'talk.cast');
		const args = ['--aws', '--profile', 'demo', '--scenario', 'session-token', '--record', file];
		const terminal = await Terminal.start([process.execPath, cli(), ...args], {
			cols: 120,
			rows: 40,
			cwd: home,
			env: {HOME: home, STS_MFA_STATE_DIR: join(home, 'state'), AWS_EC2_METADATA_DISABLED: 'true'},
		});
		let shownQr: string[] = [];
		let seedShown: string | undefined;
		const summary = await runToSummary(terminal, async (_screen, index) => {
			if (index === 1) {
				// Against a target other than the embedded sandbox the session's code must be a fresh time
				// step after the two that enabled the device: the built-in authenticator waits up to 30 s.
				await terminal.type('a');
				await terminal.waitFor((now) => promptOn(now) !== 'code', {timeout: 45_000});
			}
			if (index !== 0) return;
			shownQr = qrRows(await terminal.screen());
			await terminal.type('s');
			seedShown = revealedSeed(await terminal.waitFor((now) => revealedSeed(now) !== undefined));
			// While the QR code is on the live screen, the recording so far shows the box instead.
			expect(await replayCast(readCast(file))).toContain('QR code not recorded');
		});
		expect(summary).toContain('Torn down: nothing left behind');
		await terminal.type('q');
		expect(await terminal.waitForExit({timeout: 30_000})).toBe(0);

		expect(shownQr.length, 'the live screen showed the QR code').toBeGreaterThan(10);
		expect(seedShown).toMatch(/^[A-Z2-7]{16,}$/);
		expect(secrets.count('MFA seed')).toBe(1);
		expect(secrets.count('session token')).toBeGreaterThanOrEqual(2);
		const recorded = castOutput(readCast(file));
		expect(leaksIn(recorded, secrets.all)).toEqual([]);
		for (const row of shownQr) expect(recorded).not.toContain(row.trim());
	}, 90_000);
});
