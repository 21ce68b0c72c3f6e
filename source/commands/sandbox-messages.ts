/** Set in the environment of the background process that `sts-mfa sandbox --detach` starts. */
export const DETACHED_ENV = 'STS_MFA_SANDBOX_DETACHED';

/** What a started sandbox prints: the export lines (standard output) and its notes (stderr, `# ` lines). */
export interface ReadyMessage {
	readonly exports: string;
	readonly notes: readonly string[];
}

/** What the background process tells the one that started it, over the IPC channel. */
export type DetachMessage =
	| ({readonly type: 'ready'} & ReadyMessage)
	| {readonly type: 'failed'; readonly message: string};
