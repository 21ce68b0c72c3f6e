import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/app/app.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {createdState, enableCodeState, eventually, FakeController, finishedState} from './fixtures.js';

/*
 * Nothing is told by colour alone: with colour off (NO_COLOR) every meaning the colours carry —
 * done and failed, allowed and denied, sandbox and AWS, an error and a warning — is still on the
 * screen as a word or a glyph.
 */

async function uncoloured(state: ScenarioState): Promise<string> {
	const app = render(<App controller={new FakeController(state)} columns={80} rows={24} color={false} />);
	try {
		return await eventually(() => {
			const frame = app.lastFrame() ?? '';
			if (!frame.includes('sts-mfa')) throw new Error('no frame yet');
			return frame;
		});
	} finally {
		app.unmount();
	}
}

describe('colour is never the only sign', () => {
	it('marks a warning with ! and an error with ✗, besides their colours', async () => {
		const tearingDown = createdState({kind: 'tearingDown', exitAfter: true});
		expect(await uncoloured({...tearingDown, notice: {kind: 'teardownDeadline', seconds: 15}})).toContain(
			'! Tearing down for at most 15 s',
		);
		const error = {code: 'AccessDenied', message: 'User is not authorized to perform iam:CreateUser'};
		const failed = {...createdState({kind: 'finished'}), notice: {kind: 'preflightFailed', error}} as const;
		expect(await uncoloured(failed)).toContain('✗ User is not authorized to perform');
	});

	it('marks a failed step with ✗ and a done one with ✓', async () => {
		const error = {code: 'AccessDenied', message: 'User is not authorized to perform iam:CreateAccessKey'};
		const failed = createdState({kind: 'failed', step: 'createAccessKey', error});
		const frame = await uncoloured({...failed, steps: {...failed.steps, createAccessKey: {status: 'failed', error}}});
		expect(frame).toMatch(/✗ 4\. Create an access key/);
		expect(frame).toMatch(/✓ 1\. Create a demo IAM user/);
	});

	it('tells done from failed, and the proof, in words and glyphs', async () => {
		const frame = await uncoloured(finishedState());
		expect(frame).toMatch(/✓ 1\. Create a demo IAM user/);
		expect(frame).toContain('✓ Proved');
		expect(frame).toContain('✓ Torn down');
	});

	it('names the target in words: the local sandbox is said not to be AWS', async () => {
		expect(await uncoloured(enableCodeState())).toContain('LOCAL SANDBOX — not AWS');
	});
});
