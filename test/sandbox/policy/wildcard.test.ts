import {describe, expect, it} from 'vitest';
import {wildcardMatch} from '../../../source/sandbox/policy/index.js';

describe('wildcardMatch', () => {
	it.each([
		['*', '', true],
		['*', 'anything at all', true],
		['?', '', false],
		['?', 'é', true],
		['?', '🙂', true],
		['', '', true],
		['', 'a', false],
		['a*b*c', 'aXXbYYc', true],
		['a*b*c', 'aXXcYYb', false],
		['a**c', 'ac', true],
		['*.txt', 'notes.txt', true],
		['*.txt', 'notesXtxt', false],
		['a.c', 'abc', false],
		['[a-z]', 'b', false],
		['[a-z]', '[a-z]', true],
		['a{2}', 'aa', false],
		['a\\*', 'a\\anything', true],
	])('%j against %j → %s', (pattern, value, expected) => {
		expect(wildcardMatch(pattern, value)).toBe(expected);
	});

	it('is case-sensitive unless asked otherwise', () => {
		expect(wildcardMatch('S3:List*', 's3:listbuckets')).toBe(false);
		expect(wildcardMatch('S3:List*', 's3:listbuckets', true)).toBe(true);
	});
});
