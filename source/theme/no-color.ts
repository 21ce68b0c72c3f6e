/** NO_COLOR (https://no-color.org): present and not empty disables colour. */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}
