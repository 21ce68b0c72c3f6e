import {readdirSync, readFileSync} from 'node:fs';

/** The `sleep SECONDS` processes running (not the shell whose command line names them). */
export function sleeping(seconds: string): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				return readFileSync(`/proc/${name}/cmdline`, 'utf8') === `sleep\0${seconds}\0`;
			} catch {
				return false;
			}
		})
		.map(Number);
}
