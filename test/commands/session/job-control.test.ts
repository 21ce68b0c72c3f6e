import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {cli} from '../../e2e/support/build.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../../e2e/support/terminal.js';
import {becomes} from '../../support/wait-until.js';
import {baseProfile, homeEnv, writeAwsFiles} from './support/home.js';
import {useSessionSandbox} from './support/session-sandbox.js';

/*
 * Issue 21, point 7, in an interactive shell with job control: five `sts-mfa session &` jobs with
 * an empty cache once all stopped for terminal I/O, and killing the jobs left a stopped
 * `sts-mfa session` behind. Now the one that holds the lock stops for the terminal (as any program
 * that asks on it from the background does), the others wait for its session without touching the
 * terminal, and `kill` of the jobs leaves nothing. (Brought to the foreground, the one prompt serves
 * all five: prompt-tty.test.ts proves that part for five callers at once.)
 */

const available = tmuxAvailable();
if (!available) console.warn('Skipping the job-control tests: tmux is not installed.');

const box = useSessionSandbox('job-control');
afterEach(killAllTerminals);
const CALLERS = 5;

/** The state (R, S, T for stopped…) of each sts-mfa session process in the terminal. */
function sessionStates(terminal: Terminal): string[] {
	return terminal.runningProcesses().flatMap((pid) => {
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('session')) return [];
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			return [stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? ''];
		} catch {
			return [];
		}
	});
}

/** An interactive bash (job control on) in a terminal, five `sts-mfa session &` jobs started in it. */
async function fiveJobs(): Promise<{terminal: Terminal}> {
	const user = await box.user('job-user', 1);
	const home = await box.scratch.make('sts-mfa-jobs-home-');
	await writeAwsFiles(home, baseProfile(box.endpoint, user));
	const terminal = await Terminal.start(['bash', '--norc', '--noprofile', '-i'], {
		cols: 120,
		rows: 30,
		cwd: home,
		env: homeEnv(home),
	});
	const session = `node ${JSON.stringify(cli())} session --profile base --format json`;
	await terminal.type(`for i in $(seq ${CALLERS}); do ${session} > out.$i 2> err.$i & done`);
	await terminal.press('Enter');
	// The one that asks is stopped (SIGTTOU/SIGTTIN: it is in the background); the others wait for it.
	const settled = await becomes(
		() => {
			const states = sessionStates(terminal);
			return states.length === CALLERS && states.filter((state) => state === 'T').length === 1;
		},
		{timeoutMs: 60_000, intervalMs: 100},
	);
	expect(settled, `session process states: ${sessionStates(terminal).join(' ')}`).toBe(true);
	return {terminal};
}

describe.skipIf(!available)('five `sts-mfa session &` jobs in an interactive shell, with an empty cache', () => {
	it('one stops for the terminal, the other four wait for it untouched, and killing the jobs leaves no sts-mfa behind', async () => {
		const {terminal} = await fiveJobs();
		await terminal.type('kill %1 %2 %3 %4 %5');
		await terminal.press('Enter');
		const gone = await becomes(() => sessionStates(terminal).length === 0, {timeoutMs: 30_000, intervalMs: 100});
		expect(gone, `still there: ${sessionStates(terminal).join(' ')}`).toBe(true);
	}, 120_000);
});
