// The requests that once stalled every client of the sandbox (issue 21, point 15), shared by the
// test that proves they are bounded (test/sandbox/server/stall.test.ts) and the benchmark that
// measures how long other clients wait meanwhile (scripts/bench/stall.mjs).
import {spawn} from 'node:child_process';
import {SimulateCustomPolicyCommand} from '@aws-sdk/client-iam';
import {GetCallerIdentityCommand} from '@aws-sdk/client-sts';

/** `sts-mfa sandbox` from the built CLI, in a process of its own: only its event loop is measured. */
export async function standaloneSandbox(cli) {
	const child = spawn(process.execPath, [cli, 'sandbox', '--port', '0'], {stdio: ['ignore', 'pipe', 'pipe']});
	let out = '';
	const exports = await new Promise((resolve, reject) => {
		child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
		child.stdout.on('data', (data) => {
			out += data.toString();
			const found = Object.fromEntries(
				[...out.matchAll(/^export (\w+)=(\S+)$/gm)].map((match) => [match[1], match[2]]),
			);
			if (found.AWS_ENDPOINT_URL && found.AWS_SECRET_ACCESS_KEY && found.AWS_DEFAULT_REGION) resolve(found);
		});
	});
	return {
		child,
		endpoint: exports.AWS_ENDPOINT_URL,
		credentials: {accessKeyId: exports.AWS_ACCESS_KEY_ID, secretAccessKey: exports.AWS_SECRET_ACCESS_KEY},
	};
}

/** 150 statements, about 71 KB: actions and resources with wildcards, so each statement is work. */
export function broadPolicy() {
	const statements = Array.from({length: 150}, (_, index) => ({
		Sid: `S${index}`,
		Effect: index % 7 === 0 ? 'Deny' : 'Allow',
		Action: [
			`s3:Get*Object${index}*`,
			`s3:Put*Object${index}*`,
			`iam:*User${index}`,
			`sts:*Session${index}*`,
			`ec2:Describe*${index}`,
			`kms:*Key${index}*`,
		],
		Resource: [
			`arn:aws:s3:::bucket-${index}-*/*/key*${index}*`,
			`arn:aws:iam::*:user/*team*${index}*`,
			`arn:aws:s3:::*-${index}/*/*/*`,
			`arn:aws:kms:*:*:key/*${index}*`,
		],
		Condition: {
			StringLike: {'aws:PrincipalTag/team': [`*${index}*`, `team-*-${index}`, `*-${index}-*`, `${index}*`]},
			ArnLike: {'aws:PrincipalArn': [`arn:aws:iam::*:user/*${index}`, `arn:aws:iam::*:role/*${index}*`]},
		},
	}));
	return JSON.stringify({Version: '2012-10-17', Statement: statements});
}

/** The broad policy over `actions` × `resources`, as reported (499 × 498 is 1,000 parameters with the policy). */
export function broadSimulation(policy, actions, resources) {
	return {
		PolicyInputList: [policy],
		ActionNames: Array.from({length: actions}, (_, index) => `s3:GetObject${index}`),
		ResourceArns: Array.from({length: resources}, (_, index) => `arn:aws:s3:::bucket-${index}-data/a/b/key-${index}`),
	};
}

/** Built to backtrack: many stars before a late mismatch, about 1 KB each, against 100 values of 1 KB. */
export function backtrackingSimulation() {
	const patterns = Array.from({length: 100}, (_, index) => `${'*a'.repeat(480)}*b${index}`);
	const policy = {
		Version: '2012-10-17',
		Statement: [
			{
				Effect: 'Allow',
				Action: 's3:*',
				Resource: '*',
				Condition: {'ForAnyValue:StringLike': {'aws:RequestTag/x': patterns}},
			},
		],
	};
	return {
		PolicyInputList: [JSON.stringify(policy)],
		ActionNames: ['s3:ListAllMyBuckets'],
		ContextEntries: [
			{
				ContextKeyName: 'aws:RequestTag/x',
				ContextKeyType: 'stringList',
				ContextKeyValues: Array.from({length: 100}, () => 'a'.repeat(1024)),
			},
		],
	};
}

/** The first page of the broad simulation, then four more followed as a paginator does; each page's result count and Marker. */
export async function broadPages(iam) {
	const policy = broadPolicy();
	const first = await iam.send(new SimulateCustomPolicyCommand(broadSimulation(policy, 499, 498)));
	const pages = [{results: first.EvaluationResults?.length ?? 0, marker: first.Marker}];
	let Marker;
	for (let page = 0; page < 4; page++) {
		// One action and one resource fewer, to leave room for MaxItems and Marker.
		const answer = await iam.send(
			new SimulateCustomPolicyCommand({...broadSimulation(policy, 498, 497), MaxItems: 1000, Marker}),
		);
		pages.push({results: answer.EvaluationResults?.length ?? 0, marker: answer.Marker});
		Marker = answer.Marker;
	}
	return pages;
}

/** Asks GetCallerIdentity, one call after another, until `work` settles; every answer's time in ms. */
export async function probedWhile(sts, work) {
	let done = false;
	const settled = work.finally(() => {
		done = true;
	});
	const times = [];
	while (!done) {
		const started = performance.now();
		await sts.send(new GetCallerIdentityCommand({}));
		times.push(performance.now() - started);
	}
	await settled;
	return times;
}
