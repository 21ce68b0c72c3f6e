/*
 * `check --aws [--profile P] [--region R]` or `check --endpoint URL`: where the calls go and as
 * whom (the same profile chain as the demo's --aws), then the principals and the simulator.
 */
import type {CheckArgs} from '../args.js';
import type {Catalogue} from '../catalogue.js';
import type {CheckInput} from '../run-check.js';
import {checkIamClient} from './client.js';
import {readPrincipals} from './read.js';
import {simulatorEvaluator} from './simulate.js';

export async function accountCheckSource(
	args: CheckArgs,
	catalogue: Catalogue,
	env: NodeJS.ProcessEnv,
): Promise<Pick<CheckInput, 'principals' | 'evaluator' | 'target'>> {
	const envRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
	let client: ReturnType<typeof checkIamClient>;
	let target: CheckInput['target'];
	if (args.aws) {
		const {resolveProfileChain} = await import('../../aws/profile-chain.js');
		const chain = await resolveProfileChain({profile: args.profile, region: args.region});
		client = checkIamClient({region: chain.region, endpoint: chain.endpoint, credentials: chain.credentials});
		target = {kind: 'aws', where: chain.endpoint ?? chain.region};
	} else {
		client = checkIamClient({region: args.region ?? envRegion ?? 'us-east-1', endpoint: args.endpoint});
		target = {kind: 'endpoint', where: args.endpoint};
	}
	const principals = await readPrincipals(client, {users: args.users, roles: args.roles});
	const callers = principals.filter((principal) => principal.kind === 'user').map((principal) => principal.arn);
	return {principals, evaluator: simulatorEvaluator(client, catalogue, callers), target};
}
