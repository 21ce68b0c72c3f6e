import {readdirSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {makeDirectorySync, ownerOnlyDirectoryProblem} from '../owner-only-file.js';

/*
 * Where a dashboard listens for presenter views: a directory of the user's alone in their runtime
 * directory (XDG_RUNTIME_DIR, else one of their own in the temporary directory), one socket per
 * dashboard, named by its process id. The directory's mode (0700) is what keeps other users out:
 * they cannot even reach the socket's name.
 */

function runtimeDirectory(): string {
	const runtime = process.env.XDG_RUNTIME_DIR;
	if (runtime && path.isAbsolute(runtime)) return runtime;
	const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
	return path.join(tmpdir(), `sts-mfa-${uid}`);
}

export function presenterDirectory(): string {
	return path.join(runtimeDirectory(), 'sts-mfa');
}

/** Makes the directory (0700) and says why it cannot be used, or undefined when it is the user's alone. */
export function preparePresenterDirectory(): string | undefined {
	const directory = presenterDirectory();
	try {
		makeDirectorySync(directory);
	} catch (error) {
		return `${directory}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
	}
	return ownerOnlyDirectoryProblem(directory);
}

export function socketFor(pid: number): string {
	return path.join(presenterDirectory(), `dashboard-${pid}.sock`);
}

/** The sockets of running dashboards, the newest first. */
export function dashboardSockets(): string[] {
	const directory = presenterDirectory();
	let names: string[];
	try {
		names = readdirSync(directory).filter((name) => /^dashboard-\d+\.sock$/.test(name));
	} catch {
		return [];
	}
	const withTimes = names.flatMap((name) => {
		try {
			const stat = statSync(path.join(directory, name));
			return stat.isSocket() ? [{file: path.join(directory, name), at: stat.mtimeMs}] : [];
		} catch {
			return [];
		}
	});
	return withTimes.sort((a, b) => b.at - a.at).map((entry) => entry.file);
}
