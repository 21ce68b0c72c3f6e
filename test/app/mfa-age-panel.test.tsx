import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {MAX_MFA_AGE_SECONDS} from '../../source/scenario/scenarios/mfa-age.js';
import type {ScenarioState} from '../../source/scenario/types.js';
import {setLanguage} from '../../source/words/language.js';
import {baseState} from './fixtures.js';
import {renderApp} from './render-app.js';

/*
 * mfa-age's wait, as the audience sees it at 80x24: the session's MFA age counting up towards the
 * limit, in the language in force (the counter's words were English under --lang pt-BR).
 */

afterEach(() => {
	cleanup();
	setLanguage('en');
});

/** The same MFA session waiting to ask again, its MFA accepted 12 s ago. */
function waiting(): ScenarioState {
	const now = Date.now();
	const state = baseState({kind: 'running', step: 'mfaTooOld'});
	return {
		...state,
		scenario: 'mfa-age',
		steps: {...state.steps, mfaTooOld: {status: 'running', startedAt: now - 12_000}},
		results: {
			withMfa: {
				buckets: [],
				sessionAccessKeyId: 'ASIAEXAMPLE',
				expiration: new Date(now + 900_000),
				mfaAt: now - 12_000,
			},
		},
	};
}

describe("mfa-age's MFA age while the step waits", () => {
	it.each([
		['en', `of ${MAX_MFA_AGE_SECONDS} s`],
		['pt-BR', `de ${MAX_MFA_AGE_SECONDS} s`],
	] as const)('counts up towards the limit in %s', async (language, words) => {
		setLanguage(language);
		const {until} = renderApp(waiting());
		const frame = await until((current) => /aws:MultiFactorAuthAge: 1\d s/.test(current));
		expect(frame).toMatch(new RegExp(`aws:MultiFactorAuthAge: 1\\d s ${words}`));
	});
});
