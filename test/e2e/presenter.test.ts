import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ScratchDirs} from '../support/scratch.js';
import {ROOT, cli} from './support/build.js';
import {
	autoFillCodes,
	confirmRun,
	FIRST_FRAME,
	promptOn,
	runNextStep,
	startDashboard,
	useDashboardTerminals,
} from './support/dashboard.js';
import {Terminal, tmuxAvailable} from './support/terminal.js';
import {scenarioOf} from '../../source/scenario/scenarios/index.js';

/*
 * `sts-mfa presenter` beside the dashboard, each in its own pseudo-terminal, sharing a runtime
 * directory of the test's own (XDG_RUNTIME_DIR): the view follows every step, shows each step's
 * notes, which never reach the dashboard's screen, and says when the dashboard has ended.
 */

const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the presenter end-to-end tests are skipped (CI installs it).');

const scratch = new ScratchDirs();

/** The number of the step the dashboard's steps panel marks as focused (›). */
function focusedStep(screen: string): number | undefined {
	const found = /›\S? +(\d+)\. /.exec(screen);
	return found ? Number(found[1]) : undefined;
}

function canRunAsNobody(): boolean {
	if (process.getuid?.() !== 0) return false;
	return spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
}

describe.skipIf(!available)('sts-mfa presenter', () => {
	useDashboardTerminals();
	afterEach(() => scratch.removeAll());

	it('follows every step with its notes, which the dashboard never shows, and ends with it', async () => {
		const runtime = scratch.makeSync('sts-mfa-runtime-');
		const env = {XDG_RUNTIME_DIR: runtime};
		const dashboard = await startDashboard({cols: 100, rows: 30}, {env});
		await dashboard.waitFor(FIRST_FRAME, {timeout: 30_000});
		const view = await Terminal.start([process.execPath, cli(), 'presenter', '--talk-minutes', '20'], {
			cols: 100,
			rows: 30,
			cwd: ROOT,
			env,
		});
		// Several views may attach: a second one, narrower, without a talk length.
		const second = await Terminal.start([process.execPath, cli(), 'presenter'], {cols: 80, rows: 24, cwd: ROOT, env});
		await view.waitFor('On screen  1. Create a demo IAM user', {timeout: 30_000});
		await second.waitFor('On screen  1. Create a demo IAM user', {timeout: 30_000});
		expect(await view.screen()).toMatch(/Elapsed 0:\d\d · left 1\d:\d\d/);

		const {steps, speakerNotes} = scenarioOf({scenario: 'session-token'});
		const notesOf = (id: string): string => speakerNotes?.[id]?.en ?? '';
		const seen = new Set<number>();
		let codeShown = false;
		const follow = async (screen: string) => {
			const number = focusedStep(screen);
			if (number === undefined) return;
			const step = steps[number - 1]!;
			const shown = await view.waitFor(`On screen  ${number}. ${step.title.en}`, {timeout: 30_000});
			expect(shown.replace(/\s+/g, ' ')).toContain(notesOf(step.id).slice(0, 40));
			codeShown ||= /Code now: \d{3} \d{3} · next in \d+ s/.test(shown);
			seen.add(number);
		};
		// The demo step by step (Enter, y, `a`), the view checked after each.
		let screen = await dashboard.waitFor((now) => promptOn(now) !== undefined, {timeout: 30_000, settled: true});
		for (let actions = 0; actions < 30 && promptOn(screen) !== 'finished'; actions++) {
			await follow(screen);
			const prompt = promptOn(screen);
			screen =
				prompt === 'code'
					? await autoFillCodes(dashboard)
					: prompt === 'confirm'
						? await confirmRun(dashboard)
						: await runNextStep(dashboard, screen);
		}
		await follow(screen);
		expect([...seen].sort((a, b) => a - b)).toEqual(steps.map((_step, index) => index + 1));
		expect(codeShown, 'the built-in authenticator code on the view').toBe(true);
		// Nothing of any note in anything the dashboard drew.
		const drawn = dashboard.output().replace(/\u001B\[[\d;?]*[A-Za-z]/g, '');
		for (const step of steps) expect(drawn).not.toContain(notesOf(step.id).slice(0, 30));

		await dashboard.type('q');
		expect(await dashboard.waitForExit()).toBe(0);
		expect(await view.waitForExit()).toBe(0);
		expect(await view.screen({history: true})).toContain('The dashboard has ended.');
		expect(await second.waitForExit()).toBe(0);
		expect(await second.screen({history: true})).toContain('The dashboard has ended.');
	}, 120_000);

	it('speaks Portuguese under LANG=pt_BR.UTF-8: its headings, the step, its Portuguese notes, the end', async () => {
		const runtime = scratch.makeSync('sts-mfa-runtime-');
		const env = {XDG_RUNTIME_DIR: runtime, LANG: 'pt_BR.UTF-8'};
		const dashboard = await startDashboard({cols: 100, rows: 30}, {env});
		const view = await Terminal.start([process.execPath, cli(), 'presenter', '--talk-minutes', '20'], {
			cols: 100,
			rows: 30,
			cwd: ROOT,
			env,
		});
		const {steps, speakerNotes} = scenarioOf({scenario: 'session-token'});
		const first = steps[0]!;
		const shown = await view.waitFor(`${'Na tela'.padEnd(10)} 1. ${first.title['pt-BR']}`, {timeout: 20_000});
		expect(shown).toContain('sts-mfa · apresentador · session-token');
		expect(shown).toMatch(/Decorrido 0:\d\d · restam 1\d:\d\d/);
		// On the first screen, Enter runs the step on screen: it is also the one to come.
		expect(shown).toContain(`${'A seguir'.padEnd(10)} 1. ${first.title['pt-BR']}`);
		expect(shown.replace(/\s+/g, ' ')).toContain(speakerNotes?.[first.id]?.['pt-BR'].slice(0, 40));
		expect(shown).toContain('Teclas');
		expect(shown).toContain('Só este terminal mostra as notas; o público vê o painel.');
		expect(shown).not.toMatch(/On screen|Elapsed|Notes|Keys/);
		await dashboard.type('q');
		expect(await dashboard.waitForExit({timeout: 30_000})).toBe(0);
		expect(await view.waitForExit()).toBe(0);
		expect(await view.screen({history: true})).toContain('O painel terminou.');
	}, 90_000);

	it.skipIf(!canRunAsNobody())(
		'refuses a second user of the machine',
		async () => {
			const runtime = scratch.makeSync('sts-mfa-runtime-');
			const dashboard = await startDashboard({cols: 80, rows: 24}, {env: {XDG_RUNTIME_DIR: runtime}});
			await dashboard.waitFor(FIRST_FRAME, {timeout: 30_000});
			const directory = join(runtime, 'sts-mfa');
			const socket = await (async () => {
				for (let tries = 0; tries < 200; tries++) {
					const names = (() => {
						try {
							return readdirSync(directory);
						} catch {
							return [];
						}
					})();
					const found = names.find((name) => name.endsWith('.sock'));
					if (found) return join(directory, found);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
				throw new Error('the dashboard opened no presenter socket');
			})();
			const attempt = `require('net').connect(${JSON.stringify(socket)}).on('connect', () => { console.log('attached'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(3); })`;
			const asNobody = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', attempt], {
				encoding: 'utf8',
			});
			expect(asNobody.stdout.trim()).toBe('EACCES');
			expect(asNobody.status).toBe(3);
			// The owner attaches to the same socket.
			const asOwner = execFileSync(process.execPath, ['-e', attempt], {encoding: 'utf8'});
			expect(asOwner.trim()).toBe('attached');
			await dashboard.waitFor((now) => promptOn(now) !== undefined, {timeout: 30_000});
		},
		60_000,
	);
});
