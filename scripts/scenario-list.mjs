// Writes source/scenario/scenarios/list.ts, the registry of scenarios, from the declaration files
// beside it, so that adding a scenario is adding its file. Run by `npm run build` (prebuild);
// test/scenario/scenario-list.test.ts fails while list.ts is not what this writes.
//
// A declaration file is a file in source/scenario/scenarios/ that exports one declaration marked
// `satisfies ScenarioDeclaration` (`export const NAME = {…} as const satisfies ScenarioDeclaration;`)
// or typed `export const NAME: ScenarioDeclaration = {…}`. The list is in file-name order; the
// picker, --help and every list of scenarios follow each declaration's `order` field instead
// (scenarios/index.ts sorts by it), so where a new file sorts alphabetically changes nothing shown.
//
// `node scripts/scenario-list.mjs` writes the file; `--check` only says whether it is current.
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCENARIOS_DIR = path.join(ROOT, 'source/scenario/scenarios');
export const LIST_FILE = path.join(SCENARIOS_DIR, 'list.ts');
export const HOW_TO_UPDATE = 'run `npm run build` (or `node scripts/scenario-list.mjs`)';

const TYPED = /^export const (\w+): ScenarioDeclaration = /;
const EXPORT = /^export const (\w+)\b/;
const SATISFIES_END = /^\}.*\bsatisfies ScenarioDeclaration;$/;

/** The exported declarations of one file's text: the names of the constants marked as such. */
export function declarationsIn(text) {
	const found = [];
	let lastExport;
	for (const line of text.split('\n')) {
		const typed = TYPED.exec(line);
		if (typed) found.push(typed[1]);
		const exported = EXPORT.exec(line);
		if (exported) lastExport = exported[1];
		if (SATISFIES_END.test(line) && lastExport !== undefined) found.push(lastExport);
	}
	return found;
}

/** Each declaration file and the constant it exports, in file-name order. */
export async function declarationFiles(dir = SCENARIOS_DIR) {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.ts') && name !== 'list.ts').sort();
	const files = [];
	for (const name of names) {
		const found = declarationsIn(await readFile(path.join(dir, name), 'utf8'));
		if (found.length > 1)
			throw new Error(
				`scenario-list: ${name} exports ${found.length} declarations (${found.join(', ')}); one file, one scenario`,
			);
		if (found.length === 1) files.push({file: name, constant: found[0]});
	}
	return files;
}

/** list.ts's text for these files. Each entry carries its file as a comment, which also keeps one entry a line. */
export function listText(files) {
	const imports = files.map(({file, constant}) => `import {${constant}} from './${file.replace(/\.ts$/, '.js')}';`);
	const entries = files.map(({file, constant}) => `\t${constant}, // ${file}`);
	return [
		'// Written by scripts/scenario-list.mjs (`npm run build`) from the declaration files beside it: do not edit.',
		"import type {ScenarioDeclaration} from '../declaration.js';",
		...imports,
		'',
		"/** Every declared scenario, in file-name order; index.ts orders them by each one's `order`. */",
		'export const DECLARATIONS: readonly ScenarioDeclaration[] = [',
		...entries,
		'];',
		'',
	].join('\n');
}

/** What list.ts must read now. */
export async function expectedList(dir = SCENARIOS_DIR) {
	return listText(await declarationFiles(dir));
}

async function main() {
	const expected = await expectedList();
	const current = await readFile(LIST_FILE, 'utf8').catch(() => '');
	if (current === expected) return;
	if (process.argv.includes('--check')) {
		console.error(`${path.relative(ROOT, LIST_FILE)} is stale: ${HOW_TO_UPDATE}`);
		process.exitCode = 1;
		return;
	}
	await writeFile(LIST_FILE, expected);
	console.error(`scenario-list: wrote ${path.relative(ROOT, LIST_FILE)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
