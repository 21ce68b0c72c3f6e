import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {SCENARIO_NAMES} from '../../source/scenario/declaration.js';

/* The README's scenario table is held to the declarations: one row per scenario, in their order. */

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the scenario declarations', () => {
	it("the README's scenario table has exactly one row per declared scenario, in order", () => {
		const table = /^\| scenario \| what it shows \|.*\n\|[-|]+\n((?:\|.*\n)+)/m.exec(README)?.[1] ?? '';
		const rows = table.split('\n').filter(Boolean);
		expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1])).toEqual([...SCENARIO_NAMES]);
	});
});
