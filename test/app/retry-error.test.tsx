import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {update} from '../../source/scenario/update.js';
import {drive, KEY_ID, NOW, readyAt, SECRET_KEY} from '../scenario/fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

const throttled = {code: 'Aws.throttled', awsCode: 'Throttling', message: 'Rate exceeded'};

describe('a step that failed and then succeeded on retry', () => {
	it('shows the error while failed, and none once the retry has succeeded (in the steps and the detail panel)', async () => {
		const running = drive(readyAt('createAccessKey', {autoAdvance: false}), [{type: 'nextRequested'}]).state;
		const failed = update(running, {type: 'stepFailed', step: 'createAccessKey', error: throttled}, NOW + 5).state;
		const before = renderApp(failed).frame();
		expect(before).toContain('Rate exceeded');
		expect(before).toMatch(/✗ 4\. Create an access key/);
		cleanup();

		const retried = update(failed, {type: 'retryRequested'}, NOW + 10).state;
		const done = update(
			retried,
			{type: 'accessKeyCreated', accessKeyId: KEY_ID, secretAccessKey: SECRET_KEY},
			NOW + 20,
		).state;
		const view = renderApp(done);
		expect(view.frame()).toMatch(/✓ 4\. Create an access key/);
		expect(view.frame()).not.toContain('Rate exceeded');
		// Reviewing the finished step shows what it did, not the old error.
		await view.press('\u001B[D');
		await view.until((frame) => frame.includes('Reviewing 3.'));
		await view.press('\u001B[C');
		const reviewed = await view.until((frame) => frame.includes('Reviewing 4. Create an access key'));
		expect(reviewed).toContain(KEY_ID);
		expect(reviewed).not.toContain('Rate exceeded');
		expect(reviewed).not.toContain('Throttling');
	});
});

describe('a code that was refused, then typed again and accepted', () => {
	it("leaves no refusal on the finished step's panel", () => {
		const refused = drive(readyAt('enableMfaDevice', {autoAdvance: false}), [
			{type: 'nextRequested'},
			{type: 'codeSubmitted', code: '111111'},
			{type: 'codeSubmitted', code: '111111'},
			{type: 'mfaCodesRejected', refusal: 'notConsecutive', error: {code: 'Aws.invalidMfaCode', message: 'no'}},
		]).state;
		expect(renderApp(refused).frame()).toContain('The two codes are not');
		cleanup();
		const enabled = drive(refused, [
			{type: 'codeSubmitted', code: '111111'},
			{type: 'codeSubmitted', code: '222222'},
			{type: 'mfaDeviceEnabled'},
		]).state;
		const frame = renderApp(enabled).frame();
		expect(frame).toMatch(/✓ 3\. Enable MFA device/);
		expect(frame).toContain('enabled: yes');
		expect(frame).not.toContain('The two codes are not');
	});
});
