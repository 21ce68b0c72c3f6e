import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startSandbox, type RunningSandbox} from '../../source/sandbox/index.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario} from '../../source/scenario/runner.js';
import {initialState} from '../../source/scenario/update.js';
import {decodeScreenQr} from '../e2e/support/screen-qr.js';
import {runPlainLogged} from '../support/plain-run.js';
import {adminServices} from '../support/sandbox.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
	sandbox = await startSandbox({port: 0});
});
afterAll(() => sandbox.stop());

async function plainRun(options: {showQr: boolean; color: boolean; input: string[]}) {
	const services = await adminServices(sandbox);
	const scenarioOptions = {autoMfa: false, assumeYes: true, autoAdvance: true, propagationTimeoutMs: 10_000};
	const scenario = createScenario({
		state: initialState(
			{kind: 'sandbox', region: sandbox.region, endpoint: sandbox.endpoint},
			scenarioOptions,
			demoNames(newRunId()),
		),
		services,
	});
	const {code, log} = await runPlainLogged(scenario, {...options, answers: options.input});
	return {code, log, seed: scenario.getState().resources.mfaDevice?.seed.reveal()};
}

describe('plain mode for a person typing codes', () => {
	it("draws the device's QR code on a terminal, black on white, and it decodes to the otpauth URI", async () => {
		const {log, seed} = await plainRun({showQr: true, color: true, input: []});
		const start = log.findIndex((line) => line.includes('Scan this QR code'));
		expect(start).toBeGreaterThan(0);
		const rows = log.slice(start + 1).filter((line) => line.includes('\u001B[30;47m'));
		expect(rows.length).toBeGreaterThan(15);
		const uri = decodeScreenQr(rows.join('\n'));
		expect(uri).toMatch(/^otpauth:\/\/totp\/sts-mfa-demo-\w+@\d{12}\?secret=[A-Z2-7]+&issuer=AWS$/);
		expect(uri).toContain(`secret=${seed}`);
	});

	it('keeps the QR code (and so the seed) out of a log that does not go to a terminal', async () => {
		const {log, seed} = await plainRun({showQr: false, color: false, input: []});
		expect(log.join('\n')).toContain(
			'The QR code holds the MFA seed, so it is drawn only when the log goes to a terminal',
		);
		expect(log.join('\n')).not.toMatch(/[▀▄█]/);
		expect(seed).toBeDefined();
		expect(log.join('\n')).not.toContain(seed!);
	});

	it('says why a typed code was not sent, asks again, and tears down when the input ends', async () => {
		const {code, log} = await plainRun({showQr: false, color: false, input: ['12ab56']});
		const text = log.join('\n');
		expect(text).toContain('An MFA code is exactly 6 digits.');
		expect(log.filter((line) => line.startsWith('MFA code 1 of 2'))).toHaveLength(2);
		expect(text).toContain('the input ended before an MFA code was entered; tearing down.');
		expect(text).toContain('Teardown complete: nothing left behind.');
		expect(code).not.toBe(0);
	});
});
