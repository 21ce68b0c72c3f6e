import {afterEach, describe, expect, it} from 'vitest';
import type {StepFailure} from '../../source/scenario/failures.js';
import type {ScenarioState, StepId} from '../../source/scenario/types.js';
import {update} from '../../source/scenario/update.js';
import {setLanguage} from '../../source/words/language.js';
import {drive, KEY_ID, names, NOW, readyAt, SERIAL} from './fixtures.js';

/*
 * The failures the demo itself decides are data on the step's error (a kind a view or a test can
 * tell apart), worded in words/failures.ts in the language in force.
 */

afterEach(() => setLanguage('en'));

function errorAt(state: ScenarioState, step: StepId) {
	const error = state.steps[step]?.error;
	if (!error) throw new Error(`no error on ${step}`);
	return error;
}

/** Each way the reducer fails a step, from the state just before, and the step it fails. */
const CASES: readonly {
	readonly kind: StepFailure['kind'];
	readonly step: StepId;
	readonly reach: () => ScenarioState;
	readonly english: RegExp;
}[] = [
	{
		kind: 'propagationTimeout',
		step: 'putUserPolicy',
		reach: () => {
			const put = drive(readyAt('putUserPolicy'), [{type: 'nextRequested'}, {type: 'userPolicyPut'}]).state;
			return update(put, {type: 'propagationChecked', keyWorks: true, policyInForce: false}, NOW + 60_000).state;
		},
		english: /within 10 s after 1 checks: the new access key works, the policy is not in force yet/,
	},
	{
		kind: 'notProvedWithoutMfa',
		step: 'sessionWithoutMfa',
		reach: () =>
			drive(readyAt('sessionWithoutMfa'), [{type: 'nextRequested'}, {type: 'listingWithoutMfaAllowed', buckets: []}])
				.state,
		english: /does this endpoint enforce aws:MultiFactorAuthPresent\?/,
	},
	{
		kind: 'autoCodeRefused',
		step: 'sessionWithMfa',
		reach: () =>
			drive(readyAt('sessionWithMfa', {autoMfa: true}), [
				{type: 'nextRequested'},
				{type: 'codesGenerated', codes: ['123456']},
				{
					type: 'mfaCodesRejected',
					refusal: 'reused',
					error: {code: 'Aws.invalidMfaCode', awsCode: 'AccessDenied', message: 'MultiFactorAuthentication failed'},
				},
			]).state,
		english: /^The built-in authenticator's code was refused: That code was already used/,
	},
	{
		kind: 'inputEnded',
		step: 'enableMfaDevice',
		reach: () => drive(readyAt('enableMfaDevice'), [{type: 'nextRequested'}, {type: 'inputEnded'}]).state,
		english: /^the input ended before an MFA code was entered$/,
	},
	{
		kind: 'leftBehind',
		step: 'teardown',
		reach: () =>
			drive(readyAt('putUserPolicy'), [
				{type: 'teardownRequested'},
				{type: 'teardownItemFinished', kind: 'accessKey', id: KEY_ID, error: 'throttled'},
				{type: 'teardownItemFinished', kind: 'mfaDeactivation', id: SERIAL},
				{type: 'teardownItemFinished', kind: 'virtualMfaDevice', id: SERIAL},
				{type: 'teardownItemFinished', kind: 'user', id: names.userName},
			]).state,
		english: /^Could not delete the access key AKIAUSERKEY$/,
	},
	{
		kind: 'teardownAbandoned',
		step: 'teardown',
		reach: () => drive(readyAt('createAccessKey'), [{type: 'quitRequested'}, {type: 'teardownAbandoned'}]).state,
		english: /./,
	},
];

describe.each(CASES)('the reducer fails a step for $kind', ({kind, step, reach, english}) => {
	it('as data the views can tell apart, worded in English', () => {
		const error = errorAt(reach(), step);
		expect(error.reason?.kind).toBe(kind);
		expect(error.message).toMatch(english);
	});

	it('and in Brazilian Portuguese under --lang pt-BR', () => {
		const inEnglish = errorAt(reach(), step).message;
		setLanguage('pt-BR');
		const inPortuguese = errorAt(reach(), step);
		expect(inPortuguese.reason?.kind).toBe(kind);
		expect(inPortuguese.message).not.toBe(inEnglish);
		expect(inPortuguese.message).not.toMatch(/\b(the|was|not|could)\b/i);
	});
});

it("a refused built-in code keeps AWS's own code beside the reason", () => {
	const failed = CASES.find((c) => c.kind === 'autoCodeRefused')!;
	expect(errorAt(failed.reach(), 'sessionWithMfa')).toMatchObject({
		code: 'Aws.invalidMfaCode',
		awsCode: 'AccessDenied',
	});
});
