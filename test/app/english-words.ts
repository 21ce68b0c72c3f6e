import {wordsOf} from '../support/word-cuts.js';

/*
 * English left on a Brazilian Portuguese screen. The words below are English and never Portuguese
 * ("for" is left out: "se for menor" is Portuguese). What stays as AWS writes it is not read: API
 * names are one CamelCase word, and a name with '-', ':', '/' or '=' in it (an ARN, a tag, a
 * resource's name, a flag) is skipped whole, and so is a token with a digit in it (the MFA seed's
 * groups, an access key id).
 */
const ENGLISH = new Set([
	'the',
	'and',
	'with',
	'without',
	'press',
	'of',
	'is',
	'are',
	'was',
	'not',
	'to',
	'yet',
	'only',
	'never',
	'shown',
	'held',
	'deleted',
	'deleting',
	'left',
	'behind',
	'expires',
	'expired',
	'more',
	'acting',
	'scan',
	'ready',
	'proved',
	'denied',
	'allowed',
	'enabled',
	'secret',
	'serial',
	'seed',
	'nothing',
	'from',
	'at',
	'in',
	'on',
	'it',
	'its',
	'this',
	'that',
	'when',
	'then',
	'what',
	'which',
	'has',
	'have',
	'attacker',
	'defender',
	'refused',
	'step',
	'next',
	'asking',
	'why',
	'ended',
	'session',
	'operator',
	'device',
	'policy',
	'error',
]);

/** Each English word found on the frames, once, with the line it was first seen on. */
export function englishWords(frames: readonly string[]): {word: string; line: string}[] {
	const found = new Map<string, {word: string; line: string}>();
	for (const frame of frames) {
		for (const line of frame.split('\n')) {
			// A token with a digit is an identifier, not prose: the MFA seed's groups of four ("2IT7")
			// would otherwise read as the English "it" one run in a few.
			for (const token of wordsOf(line).filter((word) => !/[-:/=\d]/.test(word))) {
				const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
				if (ENGLISH.has(word) && !found.has(word)) found.set(word, {word, line: line.trimEnd()});
			}
		}
	}
	return [...found.values()];
}
