import type {RefusedReason} from '../owner-only-file.js';

/* What `sts-mfa sandbox --state FILE` says when it cannot use its state file. */

const REFUSED: {readonly [R in RefusedReason]?: string} = {
	'not-regular': 'it is not a regular file',
	symlink: 'it is a symbolic link',
	'wrong-owner': 'it belongs to another user',
	'writable-by-others': 'others can write it',
	'readable-by-others': 'others can read it (it holds the administrator secret key)',
	'unsafe-directory': 'a directory above it is not yours alone',
	'too-large': 'it is larger than any state file',
};

export const sandboxStateWords = {
	/** The file or a directory above it could have been planted or swapped by someone else. */
	refused: (path: string, reason: RefusedReason, detail: string) =>
		`Refusing the sandbox state file ${path}: ${REFUSED[reason] ?? 'it is not safe to use'} (${detail}): another user could plant or swap it, and their administrator key would then work; keep it in a directory only you can write (mode 700), as a file only you can read (mode 600).`,
	corrupt: (path: string, detail: string) =>
		`The sandbox state file ${path} cannot be used (${detail}); move it away or pass another --state file.`,
	unwritable: (path: string, detail: string) => `Cannot write the sandbox state file ${path}: ${detail}`,
};
