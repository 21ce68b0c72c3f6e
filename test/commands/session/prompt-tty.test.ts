import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {HOTP, Secret as OtpSecret} from 'otpauth';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli} from '../../e2e/support/build.js';
import {type StandaloneSandbox, startStandaloneSandbox} from '../../e2e/support/standalone-sandbox.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../../e2e/support/terminal.js';
import {accentPainted} from '../../support/accent.js';
import {stopChildren} from '../../support/processes.js';
import {ScratchDirs} from '../../support/scratch.js';
import {becomes} from '../../support/wait-until.js';
import {baseProfile, homeEnv, writeAwsFiles} from './support/home.js';
import {createMfaUser, type SandboxAdmin, sandboxAdmin} from './support/sandbox-user.js';

/*
 * The prompt as a person meets it: `sts-mfa session` inside $(...) in a real pseudo-terminal
 * (tmux), so stdout is a pipe to the shell and the prompt must reach the person by /dev/tty.
 */

const available = tmuxAvailable();
if (!available) console.warn('Skipping the /dev/tty prompt tests: tmux is not installed.');
const hasAwsCli = spawnSync('aws', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasAwsCli) console.warn("Skipping the prompt under the AWS CLI's credential_process: `aws` is not on PATH.");

const scratch = new ScratchDirs();
let sandbox: StandaloneSandbox;
let admin: SandboxAdmin;
let users = 0;

beforeAll(async () => {
	if (!available) return;
	prepareCli();
	sandbox = await startStandaloneSandbox();
	admin = await sandboxAdmin(sandbox.env);
}, 60_000);
afterEach(async () => {
	await killAllTerminals();
	await scratch.removeAll();
});
afterAll(async () => {
	await sandbox?.stop();
	await stopChildren();
});

/** The sts-mfa session processes running in the terminal. */
function sessionProcesses(terminal: Terminal): number {
	return terminal.runningProcesses().filter((pid) => {
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('session');
		} catch {
			return false;
		}
	}).length;
}

async function promptIn(
	deviceCount: number,
	sessionArgs: string,
	env: Record<string, string> = {},
	background?: string,
) {
	const user = await createMfaUser(admin, `prompt-user-${++users}`, deviceCount);
	const home = await scratch.make('sts-mfa-session-home-');
	await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
	const out = path.join(home, 'captured');
	// The shell captures stdout, as `eval "$(sts-mfa session)"` does; only the terminal can show the prompt.
	const script = `answer=$(node ${JSON.stringify(cli())} session --profile base ${sessionArgs}); status=$?; printf '%s' "$answer" > ${JSON.stringify(out)}; echo "done $status"; sleep 60`;
	const terminal = await Terminal.start(['sh', '-c', script], {
		cols: 100,
		rows: 20,
		env: homeEnv(home, env),
		...(background ? {background} : {}),
	});
	const code = (index: number) =>
		HOTP.generate({
			secret: OtpSecret.fromBase32(user.devices[index]!.seed),
			counter: Math.floor(Date.now() / 30_000) + 1,
		});
	return {user, terminal, out, code};
}

describe.skipIf(!available)('the MFA prompt on the terminal', () => {
	it('asks on /dev/tty with the device and a countdown while stdout is a pipe, and the session reaches the pipe', async () => {
		const {user, terminal, out, code} = await promptIn(1, '--format credential-process');
		await terminal.waitFor(`MFA code for ${user.devices[0]!.serialNumber}`);
		await terminal.waitFor(/next code in +\d+s/);
		await terminal.type(code(0));
		await terminal.press('Enter');
		const screen = await terminal.waitFor('done 0');
		// The prompt erased itself: nothing of it stays among the person's command lines.
		expect(screen).not.toContain('MFA code for');
		const answer = JSON.parse(await readFile(out, 'utf8'));
		expect(answer).toMatchObject({Version: 1, AccessKeyId: expect.stringMatching(/^ASIA/)});
	});

	it("is drawn in the terminal's background by default (asked with OSC 11 on the terminal), and the keys after it work", async () => {
		// NO_COLOR set and empty means unset (no-color.org): colour is on.
		const {user, terminal, out, code} = await promptIn(2, '--format json', {NO_COLOR: ''}, '#ffffff');
		await terminal.waitFor('2 MFA devices are yours');
		// The chosen device is marked in the accent colour: the light theme's, on this white pane.
		await terminal.waitFor((screen) => accentPainted(screen, 'light') && !accentPainted(screen, 'dark'), {
			colours: true,
		});
		await terminal.press('Enter');
		await terminal.waitFor('MFA code for');
		await terminal.type(code(0));
		await terminal.press('Enter');
		await terminal.waitFor('done 0');
		expect(JSON.parse(await readFile(out, 'utf8')).SerialNumber).toBe(user.devices[0]!.serialNumber);
	});

	it('lets the person pick one of two devices, then asks for its code', async () => {
		const {user, terminal, out, code} = await promptIn(2, '--format json');
		await terminal.waitFor('2 MFA devices are yours');
		await terminal.press('Down');
		await terminal.waitFor(`› ${user.devices[1]!.serialNumber}`);
		await terminal.press('Enter');
		await terminal.waitFor(`MFA code for ${user.devices[1]!.serialNumber}`);
		await terminal.type(code(1));
		await terminal.press('Enter');
		await terminal.waitFor('done 0');
		expect(JSON.parse(await readFile(out, 'utf8')).SerialNumber).toBe(user.devices[1]!.serialNumber);
	});

	it('speaks Portuguese under LANG=pt_BR.UTF-8: the device to pick, the code to type, the keys', async () => {
		const {user, terminal, out, code} = await promptIn(2, '--format json', {LANG: 'pt_BR.UTF-8'});
		await terminal.waitFor('sts-mfa session: você tem 2 dispositivos de MFA; qual usar? (↑/↓, Enter)');
		await terminal.press('Enter');
		const asked = await terminal.waitFor(`sts-mfa session: código de MFA para ${user.devices[0]!.serialNumber}`);
		expect(asked).toContain('Enter envia · Esc cancela');
		expect(asked).not.toMatch(/MFA code for|Esc cancels/);
		await terminal.type(code(0));
		await terminal.press('Enter');
		await terminal.waitFor('done 0');
		expect(JSON.parse(await readFile(out, 'utf8')).SerialNumber).toBe(user.devices[0]!.serialNumber);
	});

	it('takes ↓ and Enter sent in one go (one read) in their order: the second device', async () => {
		const {user, terminal} = await promptIn(2, '--format json');
		await terminal.waitFor('2 MFA devices are yours');
		await terminal.press('Down', 'Enter');
		await terminal.waitFor(`MFA code for ${user.devices[1]!.serialNumber}`);
	});

	it('asks again after a refused code, saying to wait for the next one', async () => {
		const {terminal, out, code} = await promptIn(1, '--format env');
		await terminal.waitFor('MFA code for');
		await terminal.type('000000');
		await terminal.press('Enter');
		await terminal.waitFor('Wait for the next code');
		// The field asked again is a field like the first: Backspace takes back a digit typed wrong.
		await terminal.type('9');
		await terminal.waitFor('› 9');
		await terminal.press('BSpace');
		await terminal.waitFor('› ······');
		await terminal.type(code(0));
		await terminal.press('Enter');
		await terminal.waitFor('done 0');
		expect(await readFile(out, 'utf8')).toMatch(/^export AWS_ACCESS_KEY_ID=ASIA/);
	});

	it('draws one prompt for five callers started at once with an empty cache, and all five get its session', async () => {
		const callers = 5;
		const user = await createMfaUser(admin, `prompt-user-${++users}`, 1);
		const home = await scratch.make('sts-mfa-session-home-');
		await writeAwsFiles(home, baseProfile(sandbox.endpoint, user));
		// As a shell runs `cmd &` five times: one terminal, five sts-mfa session processes at once.
		const session = `node ${JSON.stringify(cli())} session --profile base --format json`;
		const script = `for i in $(seq ${callers}); do ${session} > "${home}/out.$i" 2> "${home}/err.$i" & done; wait; echo "all done"; sleep 60`;
		const terminal = await Terminal.start(['sh', '-c', script], {cols: 100, rows: 20, env: homeEnv(home)});
		const prompt = await terminal.waitFor('MFA code for');
		// All five are running before the code is typed: four of them are waiting for the first one's session.
		expect(await becomes(() => sessionProcesses(terminal) === callers, {timeoutMs: 30_000, intervalMs: 50})).toBe(true);
		expect(prompt.split('MFA code for').length - 1).toBe(1);
		const step = Math.floor(Date.now() / 30_000) + 1;
		await terminal.type(HOTP.generate({secret: OtpSecret.fromBase32(user.devices[0]!.seed), counter: step}));
		await terminal.press('Enter');
		const screen = await terminal.waitFor('all done', {timeout: 60_000});
		expect(screen).not.toContain('MFA code for');
		// One prompt appeared in all that was drawn: each one hides the cursor as it appears.
		expect(terminal.output().split('\u001B[?25l').length - 1).toBe(1);
		const answers = [];
		for (let caller = 1; caller <= callers; caller++) {
			expect(await readFile(path.join(home, `err.${caller}`), 'utf8')).toBe('');
			answers.push(JSON.parse(await readFile(path.join(home, `out.${caller}`), 'utf8')));
		}
		expect(answers[0].AccessKeyId).toMatch(/^ASIA/);
		for (const answer of answers) expect(answer.AccessKeyId).toBe(answers[0].AccessKeyId);
	}, 120_000);

	it.skipIf(!hasAwsCli)('asks on the terminal when the AWS CLI runs it as a credential_process', async () => {
		const user = await createMfaUser(admin, `prompt-user-${++users}`, 1);
		const home = await scratch.make('sts-mfa-session-home-');
		await admin.createBucket('prompt-proof');
		const base = baseProfile(sandbox.endpoint, user);
		const process = `node ${JSON.stringify(cli())} session --profile base --format credential-process`;
		await writeAwsFiles(home, {
			config: `${base.config}\n[profile mfa]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\ncredential_process = ${process}\n`,
			credentials: base.credentials,
		});
		const script =
			'aws s3api list-buckets --profile mfa --query "Buckets[].Name" --output text; echo "done $?"; sleep 60';
		const terminal = await Terminal.start(['sh', '-c', script], {cols: 100, rows: 20, env: homeEnv(home)});
		await terminal.waitFor(`MFA code for ${user.devices[0]!.serialNumber}`);
		const step = Math.floor(Date.now() / 30_000) + 1;
		await terminal.type(HOTP.generate({secret: OtpSecret.fromBase32(user.devices[0]!.seed), counter: step}));
		await terminal.press('Enter');
		const screen = await terminal.waitFor('done 0');
		expect(screen).toContain('prompt-proof');
	});
});
