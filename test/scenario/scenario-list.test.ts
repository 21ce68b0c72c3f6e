import {copyFile, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {declarationFiles, expectedList, HOW_TO_UPDATE, LIST_FILE, SCENARIOS_DIR} from '../../scripts/scenario-list.mjs';
import type {ScenarioDeclaration} from '../../source/scenario/declaration.js';
import {SCENARIO_NAMES, SCENARIOS} from '../../source/scenario/scenarios/index.js';
import {ScratchDirs} from '../support/scratch.js';

/*
 * The registry of scenarios (scenarios/list.ts) is written from the declaration files by
 * scripts/scenario-list.mjs, which `npm run build` runs first: adding a scenario is adding its file.
 */

const scratch = new ScratchDirs();
afterAll(() => scratch.removeAll());

/** A copy of the scenarios directory, to add files to. */
async function scenariosCopy(): Promise<string> {
	const dir = await scratch.make('sts-mfa-scenario-list-');
	for (const name of await readdir(SCENARIOS_DIR)) await copyFile(path.join(SCENARIOS_DIR, name), path.join(dir, name));
	return dir;
}

describe('the registry of scenarios', () => {
	it('list.ts is what scripts/scenario-list.mjs writes from the declaration files', async () => {
		const current = await readFile(LIST_FILE, 'utf8');
		expect(current === (await expectedList()), `source/scenario/scenarios/list.ts is stale: ${HOW_TO_UPDATE}`).toBe(
			true,
		);
	});

	it('names each scenario after its file, each declared once', async () => {
		const files = await declarationFiles();
		const named = await Promise.all(
			files.map(async ({file, constant}) => {
				const module = (await import(`../../source/scenario/scenarios/${file.replace(/\.ts$/, '.js')}`)) as Record<
					string,
					ScenarioDeclaration
				>;
				return [module[constant]?.name, file.replace(/\.ts$/, '')];
			}),
		);
		for (const [name, file] of named) expect(name, `${file}.ts`).toBe(file);
		expect([...SCENARIO_NAMES].sort()).toEqual(named.map(([, file]) => file).sort());
	});

	it('orders the picker by each declaration’s own, distinct `order`', () => {
		const orders = SCENARIO_NAMES.map((name) => SCENARIOS[name]!.order);
		expect(new Set(orders).size, 'two scenarios declare the same order').toBe(orders.length);
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
	});

	it('takes a new file that exports a declaration, and leaves a file of shared parts out', async () => {
		const dir = await scenariosCopy();
		const declared = (await readFile(path.join(dir, 'force-mfa.ts'), 'utf8'))
			.replaceAll('FORCE_MFA', 'A_NEW_ONE')
			.replace("name: 'force-mfa'", "name: 'a-new-one'");
		await writeFile(path.join(dir, 'a-new-one.ts'), declared);
		await writeFile(path.join(dir, 'more-parts.ts'), "export const PART = {id: 'createUser'};\n");
		const list = await expectedList(dir);
		expect(list).toContain("import {A_NEW_ONE} from './a-new-one.js';");
		expect(list).toContain('\tA_NEW_ONE, // a-new-one.ts');
		expect(list).not.toContain('more-parts');
		expect(list).not.toContain('shared-steps');
	});

	it('refuses a file that exports two declarations, naming it', async () => {
		const dir = await scenariosCopy();
		const text = await readFile(path.join(dir, 'force-mfa.ts'), 'utf8');
		await writeFile(path.join(dir, 'force-mfa.ts'), `${text}\n${text.replaceAll('FORCE_MFA', 'SECOND')}`);
		await expect(expectedList(dir)).rejects.toThrow(/force-mfa\.ts exports 2 declarations \(FORCE_MFA, SECOND\)/);
	});
});
