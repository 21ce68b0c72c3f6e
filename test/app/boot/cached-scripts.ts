import {copyFileSync, mkdirSync, readdirSync} from 'node:fs';
import {basename, join} from 'node:path';

export interface Counter {
	readonly count: (text: string) => number;
	readonly file: string;
	readonly platform: string;
}

/** A module as the build makes the dashboard: a script whose value is a CommonJS wrapper. */
export function counterScript(label: string): string {
	return `(function (exports, require, module, __filename, __dirname) {
		const os = require('node:os');
		module.exports = {count: (text) => text.split('${label}').length - 1, file: __filename, platform: os.platform()};
	})`;
}

/**
 * The same script from another directory. Each start of sts-mfa is a new process; within one, V8
 * would answer a second compile of the same file from memory and never look at the cache. The same
 * name elsewhere maps to the same cache file, but is a new script to V8.
 */
export function scriptCopier(root: () => string): (file: string) => string {
	let copies = 0;
	return (file) => {
		const dir = join(root(), `copy-${++copies}`);
		mkdirSync(dir);
		const copy = join(dir, basename(file));
		copyFileSync(file, copy);
		return copy;
	};
}

export const cacheFilesIn = (directory: string) => readdirSync(directory).filter((name) => name.endsWith('.v8cache'));
