import {SandboxError} from '../errors.js';
import {parsedPolicy} from '../policy/parsed-cache.js';
import type {PolicyDocument} from '../policy/types.js';
import type {StoreContext} from './context.js';
import {checkInlineTotal} from './policy-size.js';
import type {PolicyVersion, UserRecord} from './records.js';
import {compareKeys, type UserDirectory} from './users.js';

const noSuchPolicy = (policyName: string) =>
	new SandboxError('NoSuchEntity', `The user policy with name ${policyName} cannot be found.`, 404);

/**
 * Inline user policies. Every put and delete is kept as a version so that, with a propagation
 * delay, authorization can see the policies as they were `propagationDelayMs` ago — the way a
 * change on AWS takes a while to reach every endpoint.
 */
export class InlinePolicies {
	readonly #context: StoreContext;
	readonly #users: UserDirectory;

	constructor(context: StoreContext, users: UserDirectory) {
		this.#context = context;
		this.#users = users;
	}

	/** The document must already have passed parsePolicyDocument (the action validates it). */
	put(input: {userName: string; policyName: string; document: string}, now: number): void {
		const user = this.#users.get(input.userName);
		const others = this.list(user.userName)
			.filter((name) => name !== input.policyName)
			.map((name) => this.get(user.userName, name));
		checkInlineTotal('user', user.userName, [...others, input.document]);
		this.#record(user, input.policyName, {document: input.document, changedAt: now}, now);
	}

	get(userName: string, policyName: string): string {
		const document = this.#users.get(userName).policies.get(policyName)?.at(-1)?.document;
		if (document === undefined) throw noSuchPolicy(policyName);
		return document;
	}

	list(userName: string): string[] {
		const user = this.#users.get(userName);
		return [...user.policies.entries()]
			.filter(([, versions]) => versions.at(-1)?.document !== undefined)
			.map(([name]) => name)
			.sort(compareKeys);
	}

	delete(userName: string, policyName: string, now: number): void {
		const user = this.#users.get(userName);
		if (user.policies.get(policyName)?.at(-1)?.document === undefined) throw noSuchPolicy(policyName);
		this.#record(user, policyName, {document: undefined, changedAt: now}, now);
	}

	/** The user's policies as authorization sees them at `now`: as they were propagationDelayMs ago. */
	inForce(user: UserRecord, now: number): PolicyDocument[] {
		return this.textsInForce(user, now).map((policy) => parsedPolicy(policy.document));
	}

	/** The same, by name and as text (the simulator reports which statement of which policy matched). */
	textsInForce(user: UserRecord, now: number): Array<{policyName: string; document: string}> {
		const cutoff = now - this.#context.propagationDelayMs;
		const texts: Array<{policyName: string; document: string}> = [];
		for (const [policyName, versions] of user.policies) {
			const document = versions.findLast((version) => version.changedAt <= cutoff)?.document;
			if (document !== undefined) texts.push({policyName, document});
		}
		return texts;
	}

	#record(user: UserRecord, policyName: string, version: PolicyVersion, now: number): void {
		const versions = [...(user.policies.get(policyName) ?? []), version];
		const kept = prune(versions, now - this.#context.propagationDelayMs);
		if (kept.length === 0) user.policies.delete(policyName);
		else user.policies.set(policyName, kept);
		this.#context.changed();
	}
}

/**
 * Drops versions that can no longer be in force: everything before the newest version already
 * past the cutoff. A deletion past the cutoff with nothing after it leaves no trace at all.
 */
export function prune(versions: readonly PolicyVersion[], cutoff: number): PolicyVersion[] {
	let firstKept = 0;
	versions.forEach((version, index) => {
		if (version.changedAt <= cutoff) firstKept = index;
	});
	const kept = versions.slice(firstKept);
	const [only] = kept;
	if (kept.length === 1 && only && only.document === undefined && only.changedAt <= cutoff) return [];
	return kept;
}
