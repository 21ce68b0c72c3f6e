/*
 * What the screen-reader mode (--screen-reader) says: one line per change, each a whole sentence,
 * the keys named in words rather than drawn. Plain mode's lines (source/plain/describe.ts) say what
 * each step did; these say where the run is now and which key moves it on.
 */

import type {KeyHint} from '../app/keys.js';
import {HINTS} from './keys.js';

export const SCREEN_READER_WORDS = {
	opening: 'sts-mfa, screen-reader mode: every change is one line. Press ? at any time for the keys that work now.',
	target: (description: string) => `The demo runs against ${description}.`,
	choose: 'Choose a scenario by its number:',
	scenario: (number: number, name: string, summary: string) => `${number}: ${name}. ${summary}`,
	chooseKeys: (count: number, fallback: string) => `Press 1 to ${count}, or Enter for ${fallback}.`,
	chosen: (name: string) => `Scenario ${name}.`,
	preflight: 'Checking the target and who you are.',
	searchingLeftovers: 'Looking for what earlier runs left behind.',
	leftovers: (count: number) => `Earlier runs left ${count === 1 ? 'one thing' : `${count} things`} behind:`,
	leftoverKeys: 'Press y to delete them first, or n to keep them.',
	deletingLeftovers: 'Deleting them, then on to the demo.',
	aboutToCreate: (account: string, arn: string, path: string) =>
		`About to create in account ${account} (${arn}), under the IAM path ${path}:`,
	everythingDeleted: 'Everything is deleted at the end.',
	confirmKeys: 'Press y or Enter to create them, or n to cancel.',
	start: (number: number, total: number, title: string) =>
		`Ready. Press Enter to start step ${number} of ${total}: ${title}.`,
	next: (number: number, total: number, title: string) => `Next: step ${number} of ${total}, ${title}. Press Enter.`,
	codeKeys:
		'Type the six digits and press Enter. Or press a for the built-in authenticator, s to hear the secret key, u for the otpauth URI.',
	freshCodeKeys: 'Type the six digits and press Enter, or press a for the built-in authenticator.',
	autoCodes: 'The built-in authenticator is filling in the code.',
	codePrompt: (label: string) => `${label}: `,
	seed: (groups: string) => `Secret key, in groups of four: ${groups}.`,
	uri: (uri: string) => `otpauth URI: ${uri}`,
	failedKeys: 'Press r to retry this step, t to tear everything down, or q to quit.',
	tearingDown: 'Tearing everything down.',
	finishedKeys: 'Finished. Press q to exit.',
	leaveKeys: 'Press y for yes, or n to carry on.',
	carryOn: 'Carrying on.',
	nextCodeIn: (seconds: number) => `Next code in ${seconds} seconds.`,
	keysNow: (keys: string) => `Keys now: ${keys}.`,
	noKeys: 'No key does anything now: wait for the next line.',
	/** --screen-reader where the run cannot read keys: plain mode, which reads linearly too. */
	needsTerminal: 'note: --screen-reader needs a terminal for its keys: showing the plain log instead (as --plain).',
	/** --screen-reader with --plain or --json. */
	notWithPlain: '--screen-reader reads the run to you with keys; --plain and --json log it without keys: pick one',
} as const;

/** The question before t or q deletes what the run created, as one line with its keys. */
export function leaveQuestion(question: string): string {
	return `${question} ${SCREEN_READER_WORDS.leaveKeys}`;
}

const CHOOSE_HINT: KeyHint = {key: 'a number or Enter', label: 'choose a scenario'};
const URI_HINT: KeyHint = {key: 'u', label: 'say the otpauth URI'};
const SEED_HINT: KeyHint = {key: 's', label: 'say the secret key'};
const HELP_HINT: KeyHint = {key: '?', label: 'say these keys again'};
const SAID_INSTEAD = new Map<KeyHint, KeyHint>([
	[HINTS.choose, CHOOSE_HINT],
	[HINTS.seed, SEED_HINT],
	[HINTS.help, HELP_HINT],
]);

/** The dashboard's key hints as a screen-reader user has them: chosen by number, the seed and URI said aloud. */
export function screenReaderHints(hints: readonly KeyHint[], seedShown: boolean): string[] {
	const said = hints.map((hint) => SAID_INSTEAD.get(hint) ?? hint);
	return [...said, ...(seedShown ? [URI_HINT] : [])].map(({key, label}) => `${key} ${label}`);
}
