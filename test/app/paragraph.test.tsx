import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {wrapWords} from '../../source/app/shared/paragraph.js';
import {createdState, enableCodeState, finishedState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

describe('wrapped prose', () => {
	it('breaks at spaces, never starts a line with one, and cuts only words too long for a line', () => {
		expect(wrapWords('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapWords('is true; then we wait', 8)).toEqual(['is true;', 'then we', 'wait']);
		expect(wrapWords('arn:aws:iam::123456789012:mfa/x ok', 10)).toEqual([
			'arn:aws:ia',
			'm::1234567',
			'89012:mfa/',
			'x ok',
		]);
		expect(wrapWords('', 10)).toEqual([]);
	});

	it('has no stray indent in the panels where a word ends at the edge', async () => {
		// Step 5's explanation and the refused-code reason each end a word exactly at the edge at 80x24.
		const frames = [
			renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'})).frame(),
			renderApp(enableCodeState('invalid')).frame(),
			renderApp(enableCodeState('reused')).frame(),
		];
		const state = finishedState();
		const view = renderApp(state);
		await view.press('\u001B[D');
		await view.press('\u001B[D');
		frames.push(await view.until((frame) => frame.includes('Reviewing 6.')));
		for (const frame of frames) {
			for (const line of frame.split('\n')) {
				// The right-hand column starts at 35 (dashboard) or 46 (beside the QR code).
				for (const start of [35, 46]) expect([...line].slice(start - 1, start + 2).join('')).not.toMatch(/^ {2}[a-z(]/);
			}
		}
	});
});
