import {describe, expect, it} from 'vitest';
import {codeProblemText} from '../../source/words/notices.js';
import {said, drive, readyAt} from './fixtures.js';

describe("a refused code's notice", () => {
	it('is gone once the typed codes that follow are accepted (enable, then the MFA session)', () => {
		const reasked = drive(readyAt('enableMfaDevice'), [
			{type: 'nextRequested'},
			{type: 'codeSubmitted', code: '111111'},
			{type: 'codeSubmitted', code: '111111'},
			{type: 'mfaCodesRejected', refusal: 'notConsecutive', error: {code: 'Aws.invalidMfaCode', message: 'no'}},
		]).state;
		expect(said(reasked)?.text).toBe(codeProblemText('notConsecutive'));
		const typed = drive(reasked, [
			{type: 'codeSubmitted', code: '111111'},
			{type: 'codeSubmitted', code: '222222'},
		]).state;
		expect(typed.phase.kind).toBe('running');
		expect(typed.notice).toBeUndefined();
		const enabled = drive(typed, [{type: 'mfaDeviceEnabled'}]).state;
		expect(enabled.steps.enableMfaDevice?.status).toBe('done');
		expect(enabled.notice).toBeUndefined();

		const sessionAsked = drive(readyAt('sessionWithMfa'), [
			{type: 'nextRequested'},
			{type: 'codeSubmitted', code: '333333'},
			{type: 'mfaCodesRejected', refusal: 'reused', error: {code: 'Aws.invalidMfaCode', message: 'used'}},
		]).state;
		expect(said(sessionAsked)?.text).toBe(codeProblemText('reused'));
		const retyped = drive(sessionAsked, [{type: 'codeSubmitted', code: '444444'}]).state;
		expect(retyped.phase).toEqual({kind: 'running', step: 'sessionWithMfa'});
		expect(retyped.notice).toBeUndefined();
	});

	for (const event of [{type: 'teardownRequested'}, {type: 'quitRequested'}] as const) {
		it(`is dropped when ${event.type === 'teardownRequested' ? 't' : 'q'} ends the run while a code is asked for`, () => {
			const asked = drive(readyAt('sessionWithMfa'), [
				{type: 'nextRequested'},
				{type: 'codeSubmitted', code: '000000'},
				{type: 'mfaCodesRejected', refusal: 'invalid', error: {code: 'Aws.invalidMfaCode', message: 'invalid'}},
			]).state;
			expect(asked.phase.kind).toBe('codeEntry');
			expect(said(asked)?.text).toBe(codeProblemText('invalid'));
			const ended = drive(asked, [event]).state;
			expect(ended.phase.kind).toBe('tearingDown');
			expect(ended.notice).toBeUndefined();
		});
	}
});
