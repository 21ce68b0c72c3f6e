import {spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';

/*
 * Another local user, for the attacks that need one: created by the test with useradd (no home,
 * no login shell) and removed with userdel when it is done. Only root can do this; elsewhere the
 * tests that need it skip, saying why.
 */

export interface ThrowawayUser {
	readonly name: string;
	readonly uid: number;
	readonly gid: number;
	/** Runs a shell command as this user (setpriv: no password, no login), returns its status and output. */
	run(command: string): {status: number | null; stdout: string; stderr: string};
	remove(): void;
}

const isRoot = process.getuid?.() === 0;
const hasTools = ['useradd', 'userdel', 'setpriv'].every(
	(tool) => spawnSync('sh', ['-c', `command -v ${tool}`], {stdio: 'ignore'}).status === 0,
);

/** Why no throwaway user can be made here, or undefined when one can. */
export const noThrowawayUser: string | undefined = !isRoot
	? 'the tests do not run as root, so they cannot create a throwaway user'
	: !hasTools
		? 'useradd, userdel or setpriv is missing'
		: undefined;
if (noThrowawayUser) console.warn(`Skipping the tests that need a second local user: ${noThrowawayUser}.`);

export function createThrowawayUser(): ThrowawayUser {
	const name = `stsmfa${randomBytes(4).toString('hex')}`;
	const made = spawnSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', '--user-group', name], {
		encoding: 'utf8',
	});
	if (made.status !== 0) throw new Error(`useradd failed: ${made.stderr}`);
	const id = (flag: string) => Number(spawnSync('id', [flag, name], {encoding: 'utf8'}).stdout.trim());
	const uid = id('-u');
	const gid = id('-g');
	return {
		name,
		uid,
		gid,
		run(command) {
			const result = spawnSync(
				'setpriv',
				[`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--', 'sh', '-c', command],
				{encoding: 'utf8', cwd: '/'},
			);
			return {status: result.status, stdout: result.stdout, stderr: result.stderr};
		},
		remove() {
			spawnSync('userdel', [name], {stdio: 'ignore'});
		},
	};
}
