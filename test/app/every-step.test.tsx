import {render} from 'ink-testing-library';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/app/app.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario} from '../../source/scenario/runner.js';
import {SCENARIO_NAMES} from '../../source/scenario/scenarios/index.js';
import type {ScenarioController, ScenarioState, Target} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {eventually, KEYS} from './fixtures.js';
import {inAct} from './render-app.js';
import {skippingClock, useAdminSandbox} from '../support/sandbox.js';
import {wordsCut} from '../support/word-cuts.js';
import {LANGUAGES, setLanguage} from '../../source/words/language.js';
import {QR_WORDS} from '../../source/words/qr.js';
import {KEY_WORDS} from '../../source/words/keys.js';
import {englishWords} from './english-words.js';

/*
 * Every step of every declared scenario, run by the real runner against the sandbox and drawn at
 * 80x24, in each language, as the sandbox and as --aws (whose header names the account and whose confirmation lists
 * what will be created): no word on any frame is cut by the width. The same run is drawn beside it
 * at 240x24 (the same panels, wider), where nothing needs shortening; its words are the reference (test/support/word-cuts.ts).
 * Each ready step, the confirmation, the QR step (seed hidden and revealed), the help overlay, the
 * teardown as it deletes and the summary are all frames of the run.
 */

// On a clock that skips the runs' waits (mfa-age's MFA growing older than its limit), shared with them.
const admin = useAdminSandbox({port: 0}, skippingClock());
afterEach(() => {
	cleanup();
	setLanguage('en');
});

/** The same run, drawn a second time: it hears every state, and the keys it is given only change what it shows. */
function lookingOn(controller: ScenarioController): ScenarioController {
	return {
		getState: () => controller.getState(),
		subscribe: (listener) => controller.subscribe(listener),
		dispatch: () => undefined,
		done: controller.done,
	};
}

function targetOf(kind: 'sandbox' | 'aws'): Target {
	const sandbox = admin.target('sandbox');
	// A long region, as a real account may use: the header must keep the account id and region whole.
	return kind === 'aws' ? {kind: 'aws', region: 'ap-southeast-2'} : sandbox;
}

function startBoth(scenario: string, kind: 'sandbox' | 'aws') {
	let running: ReturnType<typeof createScenario> | undefined;
	const services = admin.services((entry) => running?.recordTrace(entry));
	const options = {autoMfa: false, assumeYes: false, autoAdvance: false, propagationTimeoutMs: 20_000};
	const state = initialState(targetOf(kind), options, demoNames(newRunId(), scenario), scenario);
	running = createScenario({state, services, clock: admin.clock});
	const controller = running;
	const narrow = render(<App controller={controller} columns={80} rows={24} />);
	const wide = render(<App controller={lookingOn(controller)} columns={240} rows={24} />);
	const press = (key: string) =>
		inAct(async () => {
			narrow.stdin.write(key);
			wide.stdin.write(key);
			await new Promise((resolve) => setImmediate(resolve));
		});
	const settled = (check: (state: ScenarioState) => boolean) =>
		eventually(() => {
			const current = controller.getState();
			if (!check(current)) throw new Error(`still in ${JSON.stringify(current.phase)}:\n${narrow.lastFrame()}`);
			return current;
		}, 60_000);
	const shows = (text: string) =>
		eventually(() => {
			if (!(narrow.lastFrame() ?? '').includes(text) || !(wide.lastFrame() ?? '').includes(text))
				throw new Error(`"${text}" never drawn:\n${narrow.lastFrame()}`);
		}, 30_000);
	return {controller, narrow, wide, press, settled, shows};
}

type Run = ReturnType<typeof startBoth>;

/** The QR step: drawn with the seed hidden, then revealed, then hidden again; the built-in authenticator types the codes. */
async function throughCodeEntry(run: Run, seenQr: {value: boolean}) {
	if (
		!seenQr.value &&
		run.controller.getState().resources.mfaDevice &&
		!run.controller.getState().resources.mfaDevice?.enabled
	) {
		seenQr.value = true;
		await run.shows(QR_WORDS.revealSeed);
		await run.press('s');
		await run.shows(QR_WORDS.hideSeed);
		await run.press('s');
		await run.shows(QR_WORDS.revealSeed);
	}
	await run.press('a');
}

/** Every phase a person meets, driven as a person does; the help overlay is opened once. */
async function driveToTheEnd(run: Run) {
	const seenQr = {value: false};
	let helpShown = false;
	for (;;) {
		const state = await run.settled((s) =>
			['confirm', 'ready', 'codeEntry', 'failed', 'finished', 'exiting'].includes(s.phase.kind),
		);
		const phase = state.phase;
		if (phase.kind === 'failed') throw new Error(`step ${phase.step} failed: ${JSON.stringify(phase.error)}`);
		if (phase.kind === 'finished' || phase.kind === 'exiting') return;
		if (phase.kind === 'ready' && !helpShown) {
			helpShown = true;
			await run.press('?');
			await run.shows(KEY_WORDS.helpTitle);
			await run.press('?');
		}
		if (phase.kind === 'confirm') await run.press('y');
		else if (phase.kind === 'ready') await run.press(KEYS.enter);
		else await throughCodeEntry(run, seenQr);
		await run.settled((s) => s.phase !== phase);
	}
}

describe('every step of every scenario at 80x24: no word cut by the width', () => {
	for (const language of LANGUAGES) {
		for (const scenario of SCENARIO_NAMES) {
			for (const kind of ['sandbox', 'aws'] as const) {
				it(`${scenario}, ${kind === 'aws' ? 'with --aws' : 'in the sandbox'}, --lang ${language}`, async () => {
					setLanguage(language);
					const run = startBoth(scenario, kind);
					await driveToTheEnd(run);
					await run.settled((s) => s.phase.kind === 'finished');
					// The summary, drawn in both.
					await run.shows('q');
					expect(wordsCut(run.narrow.frames, run.wide.frames)).toEqual([]);
					// In Portuguese, nothing on any frame is left in English (AWS's names stay as AWS writes them).
					if (language === 'pt-BR') expect(englishWords(run.narrow.frames)).toEqual([]);
					await run.press('q');
					await run.controller.done;
				}, 120_000);
			}
		}
	}
});
