import {describe, expect, it} from 'vitest';
import {codeProblemText} from '../../source/words/notices.js';
import {said, drive, readyAt} from './fixtures.js';

describe("a refused code's notice", () => {
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
