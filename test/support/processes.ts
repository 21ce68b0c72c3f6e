import type {ChildProcess} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {becomes} from './wait-until.js';

/*
 * Making sure the processes a test started are gone when it ends, passed or failed: a CLI run or a
 * sandbox left behind keeps ports, journals and CPU for the rest of the suite (and after it).
 */

interface ProcessInfo {
	readonly pid: number;
	readonly state: string;
	readonly ppid: number;
	readonly group: number;
	readonly session: number;
}

function processInfo(pid: number): ProcessInfo | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name is in parentheses and may hold spaces or parentheses itself.
		const [state = '', ppid, group, session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return {pid, state, ppid: Number(ppid), group: Number(group), session: Number(session)};
	} catch {
		return undefined;
	}
}

function everyProcess(): ProcessInfo[] {
	let names: string[];
	try {
		names = readdirSync('/proc');
	} catch {
		return [];
	}
	return names.filter((name) => /^\d+$/.test(name)).flatMap((name) => processInfo(Number(name)) ?? []);
}

/** Whether `pid` has not ended yet (a zombie has ended; only nobody has collected its status). */
export function isRunning(pid: number): boolean {
	const info = processInfo(pid);
	if (info !== undefined) return info.state !== 'Z' && info.state !== 'X';
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * `root` and every process it started. Besides parentage, a session or process group that `root`
 * leads counts: a child whose parent died is re-parented, but keeps its session.
 */
export function processTree(root: number): number[] {
	const all = everyProcess();
	const found = new Set([root]);
	for (const info of all) if (info.session === root || info.group === root) found.add(info.pid);
	for (let grew = true; grew; ) {
		grew = false;
		for (const info of all) {
			if (found.has(info.ppid) && !found.has(info.pid)) {
				found.add(info.pid);
				grew = true;
			}
		}
	}
	// Never this test process itself, whatever the tree says.
	found.delete(process.pid);
	return [...found];
}

/** Polls until none of `pids` is running; false when some still are after `timeoutMs`. */
export function allEnded(pids: readonly number[], timeoutMs: number): Promise<boolean> {
	return becomes(() => !pids.some(isRunning), {timeoutMs});
}

function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
	for (const pid of pids) {
		try {
			if (isRunning(pid)) process.kill(pid, signal);
		} catch {
			// Ended between the check and the signal.
		}
	}
}

/** SIGTERM to each of `pids` still running, then SIGKILL to whatever outlives `graceMs`. */
export async function terminate(pids: readonly number[], graceMs = 2_000): Promise<void> {
	if (pids.length === 0) return;
	signalAll(pids, 'SIGTERM');
	if (await allEnded(pids, graceMs)) return;
	signalAll(pids, 'SIGKILL');
	await allEnded(pids, graceMs);
}

const children = new Set<ChildProcess>();

/** Registers a child process so `stopChildren` (in afterEach/afterAll) ends it if the test did not. */
export function tracked<T extends ChildProcess>(child: T): T {
	children.add(child);
	child.once('exit', () => children.delete(child));
	return child;
}

/** For afterEach/afterAll: ends every tracked child still running, and anything it started. */
export async function stopChildren(): Promise<void> {
	const running = [...children].filter(
		(child) => child.pid !== undefined && child.exitCode === null && child.signalCode === null,
	);
	children.clear();
	await terminate(running.flatMap((child) => processTree(child.pid!)));
}
