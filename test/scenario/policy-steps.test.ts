import {describe, expect, it, vi} from 'vitest';
import type {ScenarioDeclaration} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {proved} from '../../source/scenario/outcome.js';
import {createScenario} from '../../source/scenario/runner.js';
import {initialState} from '../../source/scenario/update.js';
import {runPlainLogged} from '../support/plain-run.js';
import {skippingClock, useAdminSandbox} from '../support/sandbox.js';

/*
 * What a declaration may say beyond one policy and one denial, declared here in the test and run
 * against the sandbox: a bypass step (a request without MFA that a mistaken policy must let
 * through) and a second policy step with its own id and propagation check (the fix), which
 * replaces the first policy under the same name.
 */

vi.mock('../../source/scenario/scenarios/list.js', async (importOriginal) => {
	const original = await importOriginal<{DECLARATIONS: readonly ScenarioDeclaration[]}>();
	const shared = await import('../../source/scenario/scenarios/shared-steps.js');
	const {OPERATOR_ACTIONS} = await import('../../source/scenario/policy.js');
	const allow = (operator: string) => ({
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Action: 's3:ListAllMyBuckets',
				Resource: 'arn:aws:s3:::*',
				Condition: {[operator]: {'aws:MultiFactorAuthPresent': 'true'}},
			},
		],
	});
	const policy = (operator: string) => ({
		name: 'sts-mfa-test-policy-steps',
		document: () => JSON.stringify(allow(operator)),
		summary: {en: `listing under ${operator} (test)`, 'pt-BR': `listar sob ${operator} (teste)`},
	});
	const words = (en: string) => ({en, 'pt-BR': en});
	/** A first policy (`mistake`), the key alone (must get through), the fix, the key alone (denied), MFA. */
	const declared = (name: string, mistake: string, order: number): ScenarioDeclaration => ({
		name,
		order,
		summary: words(`${name} (declared in policy-steps.test.ts)`),
		helpLine: words('declared only in policy-steps.test.ts'),
		userPolicy: policy(mistake),
		steps: [
			...shared.USER_WITH_MFA_AND_KEY,
			shared.putUserPolicyStep(words('The mistake'), words('IfExists.'), policy(mistake), {
				probe: {...shared.LIST_BUCKETS_PROBE, withoutMfa: mistake === 'BoolIfExists' ? 'allowed' : 'denied'},
			}),
			{...shared.longTermKeyStep(words('Key gets in'), words('The bypass.')), id: 'keyGetsIn', panel: 'bypass'},
			shared.putUserPolicyStep(words('The fix'), words('Bool.'), policy('Bool'), {id: 'theFix'}),
			shared.longTermKeyStep(words('Key kept out'), words('Denied.')),
			shared.SESSION_WITH_MFA,
			shared.TEARDOWN,
		],
		context: {key: 'aws:MultiFactorAuthPresent', denied: 'absent', allowed: 'true'},
		probe: shared.LIST_BUCKETS_PROBE,
		bypassStep: 'keyGetsIn',
		deniedStep: 'listWithLongTermKey',
		allowedStep: 'sessionWithMfa',
		deniedBecause: words('No MFA, no listing.'),
		denialProbe: shared.LIST_BUCKETS_DENIAL_PROBE,
		requests: {
			bypass: words('Key under the mistake: ListBuckets'),
			denied: words('Key under the fix: ListBuckets'),
			allowed: words('Test MFA session: ListBuckets'),
		},
		operatorActions: OPERATOR_ACTIONS,
	});
	return {
		DECLARATIONS: [
			...original.DECLARATIONS,
			declared('bypass-then-fix', 'BoolIfExists', 1001),
			// No mistake at all: the request that must get through is denied.
			declared('bypass-refused', 'Bool', 1002),
		],
	};
});

const admin = useAdminSandbox({port: 0}, skippingClock());

async function runPlain(name: string) {
	const options = {autoMfa: true, assumeYes: true, autoAdvance: true, propagationTimeoutMs: 20_000};
	const state = initialState(admin.target(), options, demoNames(newRunId(), name), name);
	const scenario = createScenario({state, services: admin.services(), clock: admin.clock});
	const {code, log} = await runPlainLogged(scenario);
	const users = await (await admin.services()).iam().listUsers('/');
	return {
		code,
		said: log.join('\n'),
		state: scenario.getState(),
		left: users.filter((user) => user.userName === state.names.userName),
	};
}

describe('a bypass step and a fix declared with the scenario', () => {
	it('shows the mistake letting the key through, replaces the policy, then denies the same request', async () => {
		const {code, said, state, left} = await runPlain('bypass-then-fix');
		expect(said).toContain('inline policy sts-mfa-test-policy-steps: listing under BoolIfExists (test)');
		expect(said).toMatch(/Key under the mistake: ListBuckets ALLOWED without MFA \(the bypass\) — 3 buckets: acme-/);
		expect(said).toContain('[7/10] The fix: done');
		expect(said).toContain('inline policy sts-mfa-test-policy-steps: listing under Bool (test)');
		expect(said).toContain('Key under the fix: ListBuckets → AccessDenied, as it should be.');
		expect(said).toContain('Proved: Key under the mistake: ListBuckets → allowed; Key under the fix: ListBuckets');
		expect(state.resources.policy?.document).toContain('"Bool"');
		expect(proved(state)).toBe(true);
		expect({code, left}).toEqual({code: 0, left: []});
	}, 60_000);

	it('fails the bypass step, not proved, when the request without MFA is denied; teardown still leaves nothing', async () => {
		const {code, said, state, left} = await runPlain('bypass-refused');
		expect(state.steps.keyGetsIn).toMatchObject({status: 'failed', error: {reason: {kind: 'bypassNotShown'}}});
		expect(said).toContain('was DENIED under the mistaken policy');
		expect(proved(state)).toBe(false);
		expect({code, left}).toEqual({code: 1, left: []});
	}, 60_000);
});
