/*
 * Variables sts-mfa sets in its own environment for itself (to quiet the AWS SDK, or Node's compile
 * cache for its own chunks). A command that `sts-mfa session exec` runs gets the user's environment,
 * not these: they are remembered here and taken out again.
 */

const own = new Map<string, string>();

/** Sets `name` for this process unless the user already set it. */
export function setOwnDefault(name: string, value: string): void {
	if (process.env[name] !== undefined) return;
	process.env[name] = value;
	own.set(name, value);
}

/** `name` appeared in the environment through something sts-mfa did (it was not set before). */
export function noteOwnSetting(name: string, valueBefore: string | undefined): void {
	const now = process.env[name];
	if (valueBefore === undefined && now !== undefined) own.set(name, now);
}

/** `env` without what sts-mfa set in it for itself: what the user's commands should see. */
export function userEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const result = {...env};
	for (const [name, value] of own) if (result[name] === value) delete result[name];
	return result;
}
