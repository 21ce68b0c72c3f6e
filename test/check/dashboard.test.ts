import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {ThemeName} from '../../source/theme/palettes.js';
import {accentPainted} from '../support/accent.js';
import {cli, prepareCli, removeCliCopy} from '../e2e/support/build.js';
import {killAllTerminals, Terminal, tmuxAvailable} from '../e2e/support/terminal.js';

/*
 * The check's dashboard in a real terminal at 80x24: principals with counts, the matrix told apart
 * by shape, the statement behind a cell with its finding, the / filter, and q's exit status.
 */
const available = tmuxAvailable();
if (!available) console.warn('tmux is not installed: the check dashboard tests are skipped.');
const FIXTURES = new URL('fixtures/', import.meta.url).pathname;

/** Which theme's danger colour (a high finding's count) the screen, read with its colours, is drawn in. */
function dangerTheme(screen: string): ThemeName | undefined {
	const dark = accentPainted(screen, 'dark', 'danger');
	return dark === accentPainted(screen, 'light', 'danger') ? undefined : dark ? 'dark' : 'light';
}

beforeAll(() => prepareCli());
afterAll(() => removeCliCopy());
afterEach(() => killAllTerminals());

describe.skipIf(!available)('sts-mfa check: the dashboard', () => {
	it('goes from the principals to a cell and its statement, filters, and exits 1 on a high finding', async () => {
		const terminal = await Terminal.start([process.execPath, cli(), 'check', '--policy', 'force-mfa-bool.json'], {
			cols: 80,
			rows: 24,
			cwd: FIXTURES,
		});
		await terminal.waitFor('›user policy-user 2 high', {timeout: 30_000});
		expect(await terminal.screen()).toContain('sts-mfa check · policy files (offline) · 2 high · 0 medium · 0 low');
		await terminal.press('Enter');
		const matrix = await terminal.waitFor('user policy-user · 2 findings');
		expect(matrix).toMatch(/key {2}no MFA {2}MFA {2}MFA 2h/);
		// Allowed, denied and "no Allow" differ in shape, not only in colour.
		expect(matrix).toMatch(/iam:CreateAccessKey +● +✕ +● +●/);
		expect(matrix).toMatch(/iam:AddUserToGroup +· +✕ +· +·/);
		await terminal.press('Down', 'Down', 'Down', 'Down', 'Down');
		await terminal.waitFor(/iam:CreateAccessKey · long-term key: allowed · Allow\s+"AllowManageOwnAccessKeys"/);
		await terminal.press('Enter');
		const statement = await terminal.waitFor('Findings');
		expect(statement).toContain('"Sid": "AllowManageOwnAccessKeys",');
		expect(statement).toContain('high A Deny under Bool lets the long-term key through: iam:CreateAccessKey');
		expect(statement).toContain('Write BoolIfExists aws:MultiFactorAuthPresent false in the Deny');
		await terminal.press('Escape');
		await terminal.waitFor('↑↓←→ move');
		await terminal.type('/MFADevice');
		await terminal.press('Enter');
		const filtered = await terminal.waitFor('filter: MFADevice');
		expect(filtered).not.toContain('iam:CreateAccessKey');
		expect(filtered).toMatch(/iam:DeactivateMFADevice +● +✕ +● +●/);
		await terminal.type('q');
		expect(await terminal.waitForExit({timeout: 30_000})).toBe(1);
		expect(await terminal.alternateScreenOn()).toBe(false);
	});

	it("is drawn in the terminal's background by default (OSC 11), or as --theme and STS_MFA_THEME choose, and q still exits", async () => {
		const cases: readonly [{background?: string; args?: string[]; env?: Record<string, string>}, ThemeName][] = [
			[{background: '#ffffff'}, 'light'],
			[{background: '#ffffff', args: ['--theme', 'dark']}, 'dark'],
			[{env: {STS_MFA_THEME: 'light'}}, 'light'],
		];
		for (const [options, theme] of cases) {
			const terminal = await Terminal.start(
				[process.execPath, cli(), 'check', '--policy', 'force-mfa-bool.json', ...(options.args ?? [])],
				{
					cols: 80,
					rows: 24,
					cwd: FIXTURES,
					...(options.background ? {background: options.background} : {}),
					env: options.env ?? {},
				},
			);
			await terminal.waitFor('›user policy-user 2 high', {timeout: 30_000});
			// A terminal slower than the dashboard's start gets the frames after its answer in its theme.
			await terminal.waitFor((screen) => dangerTheme(screen) === theme, {colours: true});
			await terminal.type('q');
			expect(await terminal.waitForExit({timeout: 30_000}), JSON.stringify(options)).toBe(1);
		}
	});

	it('refuses a bad --theme or STS_MFA_THEME, naming it, with exit status 2', async () => {
		const flag = await Terminal.start(
			[process.execPath, cli(), 'check', '--policy', 'force-mfa-bool.json', '--theme', 'sepia'],
			{cols: 80, rows: 24, cwd: FIXTURES},
		);
		expect(await flag.waitForExit({timeout: 30_000})).toBe(2);
		expect((await flag.screen({history: true})).replace(/\s+/g, ' ')).toContain(
			"--theme must be dark, light or auto, got 'sepia'",
		);
		const variable = await Terminal.start([process.execPath, cli(), 'check', '--policy', 'force-mfa-bool.json'], {
			cols: 80,
			rows: 24,
			cwd: FIXTURES,
			env: {STS_MFA_THEME: 'solarized'},
		});
		expect(await variable.waitForExit({timeout: 30_000})).toBe(2);
		expect((await variable.screen({history: true})).replace(/\s+/g, ' ')).toContain(
			"STS_MFA_THEME must be dark, light or auto, got 'solarized'",
		);
	});

	it('reads in Portuguese with --lang pt-BR, whole at 80 columns', async () => {
		const terminal = await Terminal.start(
			[process.execPath, cli(), 'check', '--policy', 'force-mfa-bool.json', '--lang', 'pt-BR'],
			{cols: 80, rows: 24, cwd: FIXTURES},
		);
		await terminal.waitFor('›usuário policy-user alta 2', {timeout: 30_000});
		const list = await terminal.screen();
		expect(list).toContain('sts-mfa check · arquivos de política (offline) · alta 2 · média 0 · baixa 0');
		expect(list).toContain('Entidades principais (1 de 1)');
		await terminal.press('Enter');
		const matrix = await terminal.waitFor('usuário policy-user · 2 descobertas');
		expect(matrix).toMatch(/chave {2}sem MFA {2}MFA {2}MFA 2h/);
		expect(matrix).toMatch(/iam:CreateAccessKey +● +✕ +● +●/);
		expect(matrix).toContain('● permitido  ✕ negado  · sem Allow');
		await terminal.press('Down', 'Down', 'Down', 'Down', 'Down');
		await terminal.waitFor(
			/iam:CreateAccessKey · chave de longo prazo: permitido · Allow\s+"AllowManageOwnAccessKeys"/,
		);
		await terminal.press('Enter');
		const statement = await terminal.waitFor('Descobertas');
		expect(statement).toContain('alta Um Deny sob Bool deixa passar a chave de longo prazo: iam:CreateAccessKey');
		await terminal.type('q');
		expect(await terminal.waitForExit({timeout: 30_000})).toBe(1);
	});
});
