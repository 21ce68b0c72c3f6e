/*
 * `sts-mfa check`: read the principals (policy files offline, or the account), evaluate every
 * action under every way of signing, and report the findings as the dashboard, a table, JSON or
 * SARIF. Exit 0 with no finding at or above --fail-on, 1 with one; usage errors are the CLI's 2.
 */
import {readFile} from 'node:fs/promises';
import {actionList, type CheckArgs} from '../check/args.js';
import {givenActionSet} from '../check/actions.js';
import {type Catalogue, loadCatalogue} from '../check/catalogue.js';
import {embeddedEvaluator} from '../check/engine.js';
import {offlinePrincipal} from '../check/offline-input.js';
import {checkExitStatus} from '../check/output/exit.js';
import {jsonReport} from '../check/output/json.js';
import {plainReport} from '../check/output/plain.js';
import {sarifReport} from '../check/output/sarif.js';
import {type CheckInput, runCheck} from '../check/run-check.js';
import type {CheckReport} from '../check/types.js';
import type {renderCheckDashboard} from '../check/view/render.js';
import {UsageError} from '../errors.js';
import {themeSetting} from '../theme/choose.js';
import {noColorRequested} from '../theme/no-color.js';
import {startTheme} from '../theme/resolve.js';
import {CHECK_ERRORS, CHECK_WORDS} from '../words/check.js';
import {inLanguage} from '../words/language.js';

export interface CheckIo {
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly env: NodeJS.ProcessEnv;
	/** The dashboard script's check view (loaded only for a terminal). */
	readonly loadDashboard: () => Promise<typeof renderCheckDashboard>;
}

export async function checkCommand(args: CheckArgs, io: CheckIo): Promise<number> {
	// A bad STS_MFA_THEME is refused before any work, as the demo refuses it.
	themeSetting(args.theme, io.env);
	const catalogue = await loadCatalogue();
	const actions = await givenActions(args, catalogue);
	const source =
		args.policies.length > 0 ? await offlineSource(args, catalogue) : await accountSource(args, catalogue, io);
	const report = await runCheck({
		...source,
		catalogue,
		...(actions ? {actions} : {}),
		onProgress: progressLine(args, io),
	});
	await writeReport(report, args, io);
	return checkExitStatus(report, args.failOn);
}

type Source = Pick<CheckInput, 'principals' | 'evaluator' | 'target'>;

async function offlineSource(args: CheckArgs, catalogue: Catalogue): Promise<Source> {
	const principal = await offlinePrincipal(args.policies, args.trust);
	return {principals: [principal], evaluator: embeddedEvaluator(catalogue, []), target: {kind: 'offline'}};
}

async function accountSource(args: CheckArgs, catalogue: Catalogue, io: CheckIo): Promise<Source> {
	const {accountCheckSource} = await import('../check/account/source.js');
	return accountCheckSource(args, catalogue, io.env);
}

async function givenActions(args: CheckArgs, catalogue: Catalogue) {
	if (args.actions) return givenActionSet(catalogue, args.actions);
	if (args.actionsFile === undefined) return undefined;
	let text: string;
	try {
		text = await readFile(args.actionsFile, 'utf8');
	} catch (error) {
		throw new UsageError(CHECK_ERRORS.actionsUnreadable(args.actionsFile, (error as Error).message));
	}
	return givenActionSet(catalogue, actionList(text.split('\n')));
}

/** A progress line on stderr for account checks when the output is not the dashboard. */
function progressLine(args: CheckArgs, io: CheckIo) {
	if (args.policies.length > 0 || !io.stderr.isTTY) return undefined;
	return (done: number, total: number) => {
		io.stderr.write(`\r${progressBar(done, total)} ${CHECK_WORDS.progress(done, total)}${done === total ? '\n' : ''}`);
	};
}

/** "[######----]": the calls done out of the total. */
export function progressBar(done: number, total: number, width = 20): string {
	const filled = total === 0 ? width : Math.round((done / total) * width);
	return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

async function writeReport(report: CheckReport, args: CheckArgs, io: CheckIo): Promise<void> {
	switch (args.output) {
		// For machines: English whatever the language (a SARIF file reads the same from every runner).
		case 'json':
			io.stdout.write(
				`${JSON.stringify(
					inLanguage('en', () => jsonReport(report)),
					null,
					2,
				)}\n`,
			);
			return;
		case 'sarif':
			io.stdout.write(
				`${JSON.stringify(
					inLanguage('en', () => sarifReport(report)),
					null,
					2,
				)}\n`,
			);
			return;
		case 'dashboard':
			if (io.stdout.isTTY && io.stdin.isTTY && io.env.TERM !== 'dumb') {
				await showDashboard(report, args, io);
				return;
			}
			io.stdout.write(`${plainReport(report, io.env).join('\n')}\n`);
			return;
		case 'plain':
			io.stdout.write(`${plainReport(report, io.env).join('\n')}\n`);
	}
}

/**
 * The report full-screen, in --theme, else STS_MFA_THEME, else the terminal's background: asked
 * while the dashboard loads (the check itself runs in cooked mode, where Ctrl-C still interrupts).
 */
async function showDashboard(report: CheckReport, args: CheckArgs, io: CheckIo): Promise<void> {
	const view = startTheme(themeSetting(args.theme, io.env), !noColorRequested(io.env), {
		input: io.stdin,
		output: io.stdout,
	});
	try {
		const render = await io.loadDashboard();
		await render(report, {...io, stdin: view.input}, {now: view.now(), ...(view.later ? {later: view.later} : {})});
	} finally {
		view.close();
	}
}
