/* What `sts-mfa sandbox` says on standard error as it starts. */

export const SANDBOX_NOTES = {
	what: (accountId: string) =>
		`# sts-mfa sandbox: a local AWS-compatible endpoint (IAM, STS, S3, CloudTrail lookups), not AWS. Account ${accountId}.`,
	// Standard output may be a file (> sandbox.env) or another terminal: the note does not say "above".
	keys: (stateFile: string | undefined) =>
		`# The export lines on standard output hold the sandbox administrator's keys. ${stateFile ? `State is kept in ${stateFile}.` : 'State lives in memory only.'}`,
} as const;
