import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../e2e/support/build.js';

/*
 * README.pt-BR.md is the README in Brazilian Portuguese: the same commands, flags, environment
 * variables and sections as README.md, so that neither language's reader misses one. A flag added
 * to one README and not the other fails here.
 */

const ENGLISH = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PORTUGUESE = readFileSync(join(ROOT, 'README.pt-BR.md'), 'utf8');

const FLAG = /(?<![\w-])--[a-z][\w-]*/g;
const COMMAND_HEADING = /^#{2,3} `(sts-mfa [^`]+)`/gm;
const VARIABLE = /`((?:AWS|STS_MFA|NO|LC|LANG|INK)_?[A-Z_]*)(?:=[^`]*)?`/g;

const all = (text: string, pattern: RegExp, group = 0) =>
	[...new Set([...text.matchAll(pattern)].map((match) => match[group]!))].sort();

describe('the README in both languages', () => {
	it('documents the same flags', () => {
		expect(all(PORTUGUESE, FLAG)).toEqual(all(ENGLISH, FLAG));
	});

	it('has a section for the same commands, in the same order', () => {
		const headings = (text: string) => [...text.matchAll(COMMAND_HEADING)].map((match) => match[1]);
		expect(headings(PORTUGUESE)).toEqual(headings(ENGLISH));
		expect(headings(ENGLISH).length).toBeGreaterThan(4);
	});

	it('names the same environment variables', () => {
		expect(all(PORTUGUESE, VARIABLE, 1)).toEqual(all(ENGLISH, VARIABLE, 1));
	});

	it('keeps every code block as it is, and each README links to the other', () => {
		const blocks = (text: string) => [...text.matchAll(/^```[\s\S]*?^```/gm)].map((match) => match[0]);
		// Commands, configuration and screens are the same in both (the screens are shown in English).
		expect(blocks(PORTUGUESE)).toEqual(blocks(ENGLISH));
		expect(ENGLISH).toContain('(README.pt-BR.md)');
		expect(PORTUGUESE).toContain('(README.md)');
	});
});
