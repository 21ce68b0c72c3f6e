import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {cli, prepareCli, ROOT} from '../e2e/support/build.js';

/*
 * Each command's `--help`, from the built CLI, against the README's section for that command, in
 * each language (README.md with --lang en, README.pt-BR.md with --lang pt-BR): the same flags in
 * the flag table as in the help's options, the same exit statuses in both, and every option under
 * a heading. A flag or a status added to one and not the other fails here.
 */

interface Language {
	readonly lang: 'en' | 'pt-BR';
	readonly readme: string;
	/** The header cell of the README's second column. */
	readonly meaning: string;
	/** The help's heading above the exit statuses. */
	readonly exitHeading: string;
}

const LANGUAGES: readonly Language[] = [
	{lang: 'en', readme: 'README.md', meaning: 'meaning', exitHeading: 'Exit status'},
	{lang: 'pt-BR', readme: 'README.pt-BR.md', meaning: 'significado', exitHeading: 'Status de saída'},
];

interface Section {
	readonly command: string;
	readonly text: string;
}

/** The README's `### \`sts-mfa X\`` sections, each up to the next heading of its level or above. */
function commandSections(README: string): Section[] {
	const sections: Section[] = [];
	const headings = [...README.matchAll(/^### `sts-mfa (\[run\]|[a-z]+)`.*$/gm)];
	for (const heading of headings) {
		const start = (heading.index ?? 0) + heading[0].length;
		const rest = README.slice(start);
		const end = rest.search(/^#{1,3} /m);
		sections.push({command: heading[1] === '[run]' ? 'run' : heading[1]!, text: end < 0 ? rest : rest.slice(0, end)});
	}
	return sections;
}

const FLAG = /(?<![\w-])(--[a-z][\w-]*|-[a-z])(?![\w-])/g;

/** The flags in the first column of the section's `| flag | meaning |` table. */
function readmeFlags(section: string, meaning: string): Set<string> {
	const table =
		new RegExp(`^\\| flag \\| ${meaning} \\|\\n\\|---\\|---\\|\\n((?:\\|.*\\n?)+)`, 'm').exec(section)?.[1] ?? '';
	const firstCells = table.split('\n').map((row) => row.split(' | ')[0] ?? '');
	return new Set(firstCells.flatMap((cell) => [...cell.matchAll(FLAG)].map((match) => match[1]!)));
}

/** The statuses of the section's `| status | meaning |` table. */
function readmeStatuses(section: string, meaning: string): string[] {
	const table =
		new RegExp(`^\\| status \\| ${meaning} \\|\\n\\|---\\|---\\|\\n((?:\\|.*\\n?)+)`, 'm').exec(section)?.[1] ?? '';
	return table
		.split('\n')
		.filter(Boolean)
		.flatMap((row) => (row.split('|')[1] ?? '').split(',').map((status) => status.trim()));
}

function help(command: string, lang: Language['lang']): string {
	return execFileSync(process.execPath, [cli(), command, '--help', '--lang', lang], {encoding: 'utf8'});
}

/** Option lines: indented, starting with a dash; the first column is what comes before a wide gap. */
function helpFlags(text: string): Set<string> {
	const lines = text.split('\n').filter((line) => /^ {2}-/.test(line));
	const columns = lines.map((line) => line.trim().split(/ {2,}/)[0] ?? '');
	return new Set(columns.flatMap((column) => [...column.matchAll(FLAG)].map((match) => match[1]!)));
}

function helpStatuses(text: string, heading: string): string[] {
	const block = new RegExp(`^${heading}\\n((?: {2}.*\\n?)+)`, 'm').exec(text)?.[1] ?? '';
	return block
		.split('\n')
		.map((line) => /^ {2}(\d[\d, ]*?)\s{2,}/.exec(line)?.[1])
		.filter((statuses): statuses is string => statuses !== undefined)
		.flatMap((statuses) => statuses.split(',').map((status) => status.trim()));
}

beforeAll(prepareCli);

describe.each(LANGUAGES)('each --help against the README ($lang)', ({lang, readme, meaning, exitHeading}) => {
	const sections = commandSections(readFileSync(join(ROOT, readme), 'utf8'));

	it('finds the README sections of the commands', () => {
		expect(sections.map((section) => section.command)).toEqual(
			expect.arrayContaining(['run', 'sandbox', 'cleanup', 'session', 'check']),
		);
	});

	for (const {command, text} of sections) {
		it(`lists the same flags for '${command}' as the README's table`, () => {
			const fromReadme = readmeFlags(text, meaning);
			if (fromReadme.size === 0) return; // a section without a flag table documents no flags
			const fromHelp = helpFlags(help(command, lang));
			expect([...fromHelp].sort()).toEqual([...fromReadme].sort());
		});

		it(`gives the same exit statuses for '${command}' as the README`, () => {
			expect(helpStatuses(help(command, lang), exitHeading)).toEqual(readmeStatuses(text, meaning));
		});

		it(`puts every option of '${command} --help' under a heading`, () => {
			const lines = help(command, lang).split('\n');
			const first = lines.findIndex((line) => /^ {2}-/.test(line));
			expect(first).toBeGreaterThan(0);
			// The line above an options block is its heading, not a blank line.
			for (let index = first; index < lines.length; index++) {
				if (/^ {2}-/.test(lines[index]!) && !/^ {2}-/.test(lines[index - 1]!) && !/^ {4,}/.test(lines[index - 1]!))
					expect(lines[index - 1], `above '${lines[index]}'`).toMatch(/^\S/);
			}
		});
	}
});
