import {randomBytes} from 'node:crypto';
import {closeSync, constants, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import path from 'node:path';
import {ConfigurationError} from '../errors.js';
import {sharedDirectoryProblem} from '../owner-only-file.js';
import {recordWords} from '../words/record.js';

/** The recording could not be started (exit 2, as for a bad path); nothing was drawn yet. */
export class RecordingError extends ConfigurationError {
	constructor(message: string, options?: {cause?: unknown}) {
		super('Recording', message, options);
		this.name = 'RecordingError';
	}
}

/** A file that grows line by line, each line written whole, so a killed run leaves every line so far. */
export interface AppendOnlyFile {
	appendLine(line: string): void;
	close(): void;
}

function refuseExisting(target: string): void {
	try {
		const stat = lstatSync(target);
		if (stat.isSymbolicLink()) throw new RecordingError(recordWords.cannotWrite(target, recordWords.isSymlink(target)));
		if (!stat.isFile()) throw new RecordingError(recordWords.cannotWrite(target, recordWords.notRegular(target)));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}

/**
 * Creates `file` owner-only (0600) with `firstLine` in it, and keeps it open for appending. The
 * project's rule for files it writes holds: the directory and those above it are the user's or
 * root's and writable by no one else; the file is made under an exclusive, unpredictable name
 * (O_EXCL, O_NOFOLLOW) and renamed into place at once, so it exists under its name from the first
 * line on and is never written through a symbolic link or onto something that is not a file.
 */
export function createAppendOnlyFile(file: string, firstLine: string): AppendOnlyFile {
	const resolved = path.resolve(file);
	let directory: string;
	try {
		directory = realpathSync(path.dirname(resolved));
	} catch (error) {
		throw new RecordingError(recordWords.cannotWrite(file, (error as Error).message), {cause: error});
	}
	const problem = sharedDirectoryProblem(directory);
	if (problem !== undefined)
		throw new RecordingError(recordWords.cannotWrite(file, recordWords.sharedDirectory(problem)));
	const target = path.join(directory, path.basename(resolved));
	refuseExisting(target);
	const temporary = path.join(directory, `.${path.basename(resolved)}.${randomBytes(8).toString('hex')}.tmp`);
	const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
	let fd: number;
	try {
		fd = openSync(temporary, flags, 0o600);
	} catch (error) {
		throw new RecordingError(recordWords.cannotWrite(file, (error as Error).message), {cause: error});
	}
	try {
		writeSync(fd, `${firstLine}\n`);
		renameSync(temporary, target);
	} catch (error) {
		closeSync(fd);
		unlinkSync(temporary);
		throw new RecordingError(recordWords.cannotWrite(file, (error as Error).message), {cause: error});
	}
	let open = true;
	return {
		appendLine(line) {
			if (open) writeSync(fd, `${line}\n`);
		},
		close() {
			if (!open) return;
			open = false;
			closeSync(fd);
		},
	};
}
