import {duoEraPolicy} from '../scenarios/stolen-key.js';
import type {PerformContext} from '../perform.js';
import {operatorCreator} from '../perform-resources.js';
import {CREATE} from '../../resources/create.js';
import {newcomerName, newcomerPolicyName} from './names.js';
import type {AttackOutcome, Newcomer} from './types.js';

/*
 * The second user: the same policy and an access key, and no MFA device yet (a key that leaks
 * before its user's first enrolment). The operator creates them; each is reported as it appears,
 * so teardown deletes what exists even if the step is cut short.
 */

/** How often the new key is tried while IAM propagates it (AWS takes seconds; the sandbox none). */
const PROPAGATION_POLL_MS = 2000;

async function createNewcomer(context: PerformContext): Promise<Newcomer> {
	const {names} = context.getState();
	const userName = newcomerName(names);
	const policyName = newcomerPolicyName(names);
	const creator = operatorCreator(context);
	const user = await CREATE.user(creator, {userName, path: names.path, tags: [...names.tags]});
	let newcomer: Newcomer = {userName, arn: user.arn, policyName, policyPut: false};
	context.emit({type: 'attackCreated', newcomer});
	const policyDocument = JSON.stringify(duoEraPolicy(names.path), null, 2);
	await CREATE.userPolicy(creator, {userName, policyName, policyDocument});
	newcomer = {...newcomer, policyPut: true};
	context.emit({type: 'attackCreated', newcomer});
	const key = await CREATE.accessKey(creator, {userName});
	newcomer = {...newcomer, accessKey: {accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey}};
	context.emit({type: 'attackCreated', newcomer});
	return newcomer;
}

/** Until the new key signs and the policy is in force (IAM is eventually consistent), within the run's deadline. */
async function awaitPropagation(context: PerformContext, newcomer: Newcomer): Promise<void> {
	const deadline = context.now() + context.getState().options.propagationTimeoutMs;
	const key = newcomer.accessKey;
	if (!key) return;
	for (;;) {
		const ready = await Promise.all([
			context.services
				.sts(key, 'demo-user')
				.getCallerIdentity(context.signal)
				.then(
					() => true,
					() => false,
				),
			context.services
				.iam()
				.simulatePrincipalPolicy(
					{policySourceArn: newcomer.arn, actions: ['s3:ListAllMyBuckets'], resourceArns: ['arn:aws:s3:::*']},
					context.signal,
				)
				.then(
					(results) => results[0]?.decision === 'explicitDeny',
					() => false,
				),
		]);
		if (ready.every(Boolean)) return;
		if (context.now() >= deadline) throw new Error("IAM did not propagate the second user's key and policy in time");
		await context.sleep(PROPAGATION_POLL_MS, context.signal);
	}
}

export async function ensureNewcomer(context: PerformContext): Promise<AttackOutcome> {
	const newcomer = await createNewcomer(context);
	await awaitPropagation(context, newcomer);
	return {move: 'newcomerWithKey', refused: false, rule: 'none', calls: []};
}
