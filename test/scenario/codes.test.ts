import {codeProblemText} from '../../source/words/notices.js';
import {describe, expect, it} from 'vitest';
import {
	codeForStep,
	diagnoseRefusal,
	enablingCodes,
	PERIOD_MS,
	sessionCode,
	stepOfCode,
	timeStep,
} from '../../source/scenario/authenticator.js';
import {update} from '../../source/scenario/update.js';
import {said, drive, names, NOW, readyAt, SEED, SERIAL} from './fixtures.js';

const invalid = {
	code: 'Aws.invalidMfaCode',
	awsCode: 'InvalidAuthenticationCode',
	message: 'Authentication code for device is not valid.',
};

describe('typing the codes', () => {
	it('needs two codes of exactly six digits to enable, then calls AWS once', () => {
		const entry = drive(readyAt('enableMfaDevice'), [{type: 'nextRequested'}]);
		expect(entry.state.phase).toEqual({
			kind: 'codeEntry',
			step: 'enableMfaDevice',
			entry: {purpose: 'enable', needed: 2, codes: [], error: undefined},
		});
		const short = update(entry.state, {type: 'codeSubmitted', code: '12345'}, NOW);
		expect(short.state.phase.kind === 'codeEntry' && short.state.phase.entry.error).toBe('notSixDigits');
		expect(codeProblemText('notSixDigits')).toBe('An MFA code is exactly 6 digits.');
		expect(drive(entry.state, [{type: 'codeSubmitted', code: '12a456'}]).effects).toEqual([]);
		const first = update(short.state, {type: 'codeSubmitted', code: ' 123456 '}, NOW);
		expect(first.effects).toEqual([]);
		expect(first.state.phase.kind === 'codeEntry' && first.state.phase.entry).toMatchObject({
			codes: ['123456'],
			error: undefined,
		});
		const second = update(first.state, {type: 'codeSubmitted', code: '654321'}, NOW);
		expect(second.effects).toEqual([
			{type: 'enableMfaDevice', userName: names.userName, serialNumber: SERIAL, codes: ['123456', '654321']},
		]);
		expect(second.state.phase).toEqual({kind: 'running', step: 'enableMfaDevice'});
	});

	it.each([
		['invalid', /not valid for this device/],
		['reused', /already used; wait for the next code/],
		['notConsecutive', /not consecutive/],
	] as const)('a %s refusal asks again with a specific message, without restarting', (refusal, message) => {
		const running = drive(readyAt('enableMfaDevice'), [
			{type: 'nextRequested'},
			{type: 'codeSubmitted', code: '111111'},
			{type: 'codeSubmitted', code: '222222'},
		]).state;
		const {state, effects} = update(running, {type: 'mfaCodesRejected', refusal, error: invalid}, NOW);
		expect(effects).toEqual([]);
		expect(state.phase.kind).toBe('codeEntry');
		expect(state.phase.kind === 'codeEntry' && state.phase.entry.codes).toEqual([]);
		expect(state.phase.kind === 'codeEntry' && state.phase.entry.error).toBe(refusal);
		expect(said(state)?.text).toMatch(message);
		expect(state.steps.enableMfaDevice?.status).toBe('running');
		expect(state.resources.user).toBeDefined();
	});

	it('asks the built-in authenticator at once with --auto-mfa, allowing drift only off AWS', () => {
		const onSandbox = drive(readyAt('sessionWithMfa', {autoMfa: true}), [{type: 'nextRequested'}]);
		expect(onSandbox.effects).toEqual([
			{
				type: 'generateCodes',
				step: 'sessionWithMfa',
				purpose: 'session',
				seed: SEED,
				lastAcceptedStep: 100,
				allowDrift: true,
			},
		]);
		const generated = update(onSandbox.state, {type: 'codesGenerated', codes: ['123456']}, NOW);
		expect(generated.effects).toMatchObject([
			{type: 'sessionWithMfa', serialNumber: SERIAL, tokenCode: '123456', durationSeconds: 900},
		]);
		const onAws = {...readyAt('sessionWithMfa', {autoMfa: true}), target: {kind: 'aws' as const, region: 'us-east-1'}};
		expect(drive(onAws, [{type: 'nextRequested'}]).effects).toMatchObject([{type: 'generateCodes', allowDrift: false}]);
	});

	it('shows the authenticator waiting for a fresh code as a countdown', () => {
		const entry = drive(readyAt('sessionWithMfa'), [{type: 'nextRequested'}, {type: 'autoCodesRequested'}]);
		expect(entry.effects).toMatchObject([{type: 'generateCodes', purpose: 'session'}]);
		const waiting = update(entry.state, {type: 'authenticatorWaiting', readyAt: NOW + 12_400}, NOW).state;
		expect(said(waiting)?.text).toMatch(/waiting 13 s for a fresh code/);
		expect(waiting.phase.kind === 'codeEntry' && waiting.phase.entry.autoCodeReadyAt).toBe(NOW + 12_400);
	});

	it("fails instead of looping when the built-in authenticator's code is refused", () => {
		const running = drive(readyAt('sessionWithMfa', {autoMfa: true}), [
			{type: 'nextRequested'},
			{type: 'codesGenerated', codes: ['123456']},
		]).state;
		const {state} = update(running, {type: 'mfaCodesRejected', refusal: 'reused', error: invalid}, NOW);
		expect(state.phase.kind).toBe('failed');
		expect(state.steps.sessionWithMfa?.error?.message).toMatch(
			/built-in authenticator's code was refused: That code was already used/,
		);
	});
});

describe('the built-in authenticator', () => {
	const now = 59 * PERIOD_MS + 10_000;

	it('gives the previous and the current step for enabling', () => {
		const {codes, steps} = enablingCodes(SEED, now);
		expect(steps).toEqual([58, 59]);
		expect(codes).toEqual([codeForStep(SEED, 58), codeForStep(SEED, 59)]);
		expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
	});

	it('uses the next step at once where drift is accepted, and waits for it on AWS', () => {
		expect(sessionCode(now, 59, true)).toEqual({step: 60});
		expect(sessionCode(now, 59, false)).toEqual({step: 60, waitUntil: 60 * PERIOD_MS});
		expect(sessionCode(now, 50, false)).toEqual({step: 59});
	});

	it('tells reused, non-consecutive and invalid codes apart', () => {
		const current = timeStep(now);
		expect(stepOfCode(SEED, codeForStep(SEED, current - 1), now)).toBe(current - 1);
		expect(diagnoseRefusal(SEED, [codeForStep(SEED, current)], now, current)).toBe('reused');
		expect(diagnoseRefusal(SEED, [codeForStep(SEED, current), codeForStep(SEED, current)], now, undefined)).toBe(
			'notConsecutive',
		);
		expect(diagnoseRefusal(SEED, [codeForStep(SEED, current), codeForStep(SEED, current - 1)], now, undefined)).toBe(
			'notConsecutive',
		);
		const wrong = codeForStep(SEED, current) === '000000' ? '000001' : '000000';
		expect(diagnoseRefusal(SEED, [wrong], now, undefined)).toBe('invalid');
	});
});
