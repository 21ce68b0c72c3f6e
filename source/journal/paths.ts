import path from 'node:path';
import envPaths from 'env-paths';

/**
 * Where run journals live: STS_MFA_STATE_DIR (tests, or users who want them elsewhere) or the
 * platform's per-user data directory (~/.local/share/sts-mfa on Linux), in a `journals` folder.
 */
export function journalDirectory(dir?: string): string {
	if (dir !== undefined) return dir;
	const root = process.env.STS_MFA_STATE_DIR || envPaths('sts-mfa', {suffix: ''}).data;
	return path.join(root, 'journals');
}

export function journalFile(directory: string, runId: string): string {
	return path.join(directory, `${runId}.json`);
}
