import {readFileSync} from 'node:fs';
import os from 'node:os';

/**
 * The process's start time in clock ticks since boot, from /proc (Linux only). Together with the
 * pid it tells a still-running run apart from an unrelated process that later got the same pid.
 */
export function processStartOf(pid: number): string | undefined {
	return statFields(pid)?.[19];
}

/** /proc/PID/stat from field 3 (the state) on; undefined where there is no /proc or no such process. */
function statFields(pid: number): string[] | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name (field 2) may contain spaces and parentheses; fields after the last ')' are fixed.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	} catch {
		return undefined;
	}
}

/** A killed process its parent has not reaped yet (a zombie, or one being torn down) runs no more code. */
function hasEnded(pid: number): boolean {
	const state = statFields(pid)?.[0];
	return state === 'Z' || state === 'X' || state === 'x';
}

function pidExists(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Whether the process that wrote a journal is still running (on this host). */
export function isWriterAlive(writer: {pid: number; hostname: string; processStart?: string}): boolean {
	// A journal from another host (a shared home directory) cannot be checked; its pid means nothing here.
	if (writer.hostname !== '' && writer.hostname !== os.hostname()) return false;
	if (!pidExists(writer.pid) || hasEnded(writer.pid)) return false;
	if (writer.processStart === undefined) return true;
	const now = processStartOf(writer.pid);
	return now === undefined || now === writer.processStart;
}
