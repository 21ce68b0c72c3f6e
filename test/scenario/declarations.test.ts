import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';

/*
 * The READMEs are held to the declarations: each one's scenario table has one row per scenario, in
 * their order, and its `--scenario NAME` row names every scenario. A new scenario's file fails here
 * until both READMEs say it.
 */

const READMES = [
	{file: 'README.md', header: '| scenario | what it shows |'},
	{file: 'README.pt-BR.md', header: '| cenário | o que mostra |'},
] as const;

describe.each(READMES)('$file and the scenario declarations', ({file, header}) => {
	const readme = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

	it('has a scenario table with exactly one row per declared scenario, in order', () => {
		const escaped = header.replace(/[|]/g, '\\|');
		const table = new RegExp(`^${escaped}.*\\n\\|[-|]+\\n((?:\\|.*\\n)+)`, 'm').exec(readme)?.[1] ?? '';
		const rows = table.split('\n').filter(Boolean);
		expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1])).toEqual([...SCENARIO_NAMES]);
	});

	it('names every declared scenario in its --scenario NAME row', () => {
		const row = /^\| `--scenario NAME` \|.*$/m.exec(readme)?.[0] ?? '';
		for (const name of SCENARIO_NAMES) expect(row, name).toContain(`\`${name}\``);
	});
});
