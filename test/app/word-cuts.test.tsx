import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {createdState, finishedState} from './fixtures.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

/** Ink's truncation leaves "…" between two parts of one word ("arn:aws:iam…c", "devic…/sts"). */
const CUT_INSIDE_A_WORD = /[\w:]…[\w:]/;

describe('names at 80x24: shortened at a boundary, never cut inside a word', () => {
	it("keeps the MFA device's name whole in the Resources panel, with its state", () => {
		const view = renderApp(createdState({kind: 'ready', next: 'sessionWithoutMfa'}));
		const frame = view.frame();
		const device = frame.split('\n').find((line) => line.startsWith('MFA device')) ?? '';
		expect(device).toMatch(/MFA device +…\/sts-mfa-demo-r1a2b3/);
		expect(frame).not.toMatch(CUT_INSIDE_A_WORD);
	});

	it('names each deletion of the teardown with its whole label and the resource kept by name', () => {
		const view = renderApp(finishedState());
		const frame = view.frame();
		const panel = frame.split('\n').map((line) => line.slice(35));
		expect(panel).toContain('✓ deactivate MFA device sts-mfa-demo-r1a2b3');
		// The policy's name is shortened at a hyphen, the label kept whole.
		expect(panel).toContain('✓ delete inline policy sts-mfa-list-buckets…');
		for (const line of panel) expect(line).not.toMatch(CUT_INSIDE_A_WORD);
	});
});
