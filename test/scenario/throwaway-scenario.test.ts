import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {helpText} from '../../source/cli/help.js';
import type {ScenarioDeclaration} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {createScenario} from '../../source/scenario/runner.js';
import {SCENARIO_NAMES} from '../../source/scenario/scenarios/index.js';
import {proved} from '../../source/scenario/outcome.js';
import {initialState} from '../../source/scenario/update.js';
import {startDashboardRun} from '../support/dashboard-run.js';
import {runPlainLogged} from '../support/plain-run.js';
import {skippingClock, useAdminSandbox} from '../support/sandbox.js';

/*
 * A scenario is one declaration: this one is declared here, in the test, and added to the list of
 * declarations (scenarios/list.ts) and nowhere else. The dashboard and plain mode run it against
 * the sandbox, proved and torn down to nothing, and `run --help` lists it: nothing outside a
 * declaration names the scenarios.
 */

vi.mock('../../source/scenario/scenarios/list.js', async (importOriginal) => {
	const original = await importOriginal<{DECLARATIONS: readonly ScenarioDeclaration[]}>();
	const shared = await import('../../source/scenario/scenarios/shared-steps.js');
	const {OPERATOR_ACTIONS} = await import('../../source/scenario/policy.js');
	const document = {
		Version: '2012-10-17',
		Statement: [
			{
				Sid: 'ThrowawayListWithMfa',
				Effect: 'Allow',
				Action: 's3:ListAllMyBuckets',
				Resource: 'arn:aws:s3:::*',
				Condition: {Bool: {'aws:MultiFactorAuthPresent': 'true'}},
			},
		],
	};
	const policy = {
		name: 'sts-mfa-throwaway-policy',
		document: () => JSON.stringify(document, null, 2),
		summary: {en: 'listing only with MFA (throwaway)', 'pt-BR': 'listar só com MFA (descartável)'},
	};
	const throwaway: ScenarioDeclaration = {
		name: 'throwaway-key',
		order: 1000,
		summary: {en: 'A throwaway scenario declared in a test', 'pt-BR': 'Um cenário descartável declarado num teste'},
		helpLine: {en: 'declared only in throwaway-scenario.test.ts', 'pt-BR': 'declarado só num teste'},
		userPolicy: policy,
		steps: [
			shared.CREATE_USER,
			shared.CREATE_MFA_DEVICE,
			shared.ENABLE_MFA_DEVICE,
			shared.CREATE_ACCESS_KEY,
			shared.putUserPolicyStep({en: 'Throwaway policy', 'pt-BR': 'Política descartável'}, policy.summary, policy),
			{
				id: 'throwawayKeyAlone',
				panel: 'denied',
				title: {en: 'Key alone, refused', 'pt-BR': 'Só a chave, recusada'},
				explanation: {en: 'The long-term key has no MFA.', 'pt-BR': 'A chave de longo prazo não tem MFA.'},
				action: {
					kind: 'call',
					effect: ({resources}) =>
						resources.accessKey
							? {type: 'listWithLongTermKey', credentials: resources.accessKey}
							: shared.MISSING.accessKey,
				},
			},
			shared.SESSION_WITH_MFA,
			shared.TEARDOWN,
		],
		context: {key: 'aws:MultiFactorAuthPresent', denied: 'absent', allowed: 'true'},
		probe: {action: 's3:ListAllMyBuckets', resourceArn: () => 'arn:aws:s3:::*', withoutMfa: 'denied'},
		deniedStep: 'throwawayKeyAlone',
		allowedStep: 'sessionWithMfa',
		deniedBecause: {en: 'No MFA, no listing.', 'pt-BR': 'Sem MFA, sem listagem.'},
		denialProbe: {policies: 'principal', action: 's3:ListAllMyBuckets', resourceArn: () => 'arn:aws:s3:::*'},
		requests: {
			denied: {en: 'Throwaway key alone: ListBuckets', 'pt-BR': 'Só a chave descartável: ListBuckets'},
			allowed: {en: 'Throwaway MFA session: ListBuckets', 'pt-BR': 'Sessão descartável com MFA: ListBuckets'},
		},
		operatorActions: OPERATOR_ACTIONS,
	};
	return {DECLARATIONS: [...original.DECLARATIONS, throwaway]};
});

const NAME = 'throwaway-key';

const admin = useAdminSandbox({port: 0}, skippingClock());
afterEach(() => {
	cleanup();
});

/** Everything of the run `runId` the sandbox still holds. */
async function leftOf(runId: string): Promise<string[]> {
	const iam = (await admin.services()).iam();
	const users = (await iam.listUsers('/')).map((user) => user.userName);
	const devices = (await iam.listVirtualMfaDevices()).map((device) => device.serialNumber);
	return [...users, ...devices].filter((name) => name.includes(runId));
}

describe('a scenario declared only in this test', () => {
	it('is a scenario like the others: listed by name and in run --help', () => {
		expect(SCENARIO_NAMES).toContain(NAME);
		expect(helpText('run')).toMatch(/^ {2}throwaway-key +declared only in throwaway-scenario\.test\.ts$/m);
	});

	it('runs in the dashboard at 80x24: its own steps, proved, torn down to nothing', async () => {
		const run = startDashboardRun(admin, NAME, {options: {autoMfa: false}});
		await run.toSummary();
		expect(run.app.frames.join('\n')).toContain('6. Key alone, refused');
		expect(run.frame()).toContain('✓ Proved');
		expect(run.frame()).toContain('✓ Torn down: nothing left behind');
		await run.press('q');
		expect(await run.running.done).toBe(0);
		expect(await leftOf(run.running.getState().names.runId)).toEqual([]);
	}, 60_000);

	it('runs in plain mode: its own steps, proved, torn down to nothing', async () => {
		const options = {autoMfa: true, assumeYes: true, autoAdvance: true, propagationTimeoutMs: 20_000};
		const state = initialState(admin.target(), options, demoNames(newRunId(), NAME), NAME);
		const scenario = createScenario({state, services: admin.services(), clock: admin.clock});
		const said = (await runPlainLogged(scenario)).log.join('\n');
		expect(said).toContain('[6/8] Key alone, refused: done');
		expect(said).toContain('Throwaway key alone: ListBuckets → AccessDenied');
		expect(proved(scenario.getState())).toBe(true);
		expect(scenario.getState().teardown.completed).toBe(true);
		expect(await leftOf(state.names.runId)).toEqual([]);
	}, 60_000);
});
