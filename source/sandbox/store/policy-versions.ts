import {SandboxError} from '../errors.js';
import type {StoreContext} from './context.js';
import {limitExceeded} from './errors.js';
import type {ManagedPolicies} from './managed-policies.js';
import {checkManagedPolicySize} from './policy-size.js';
import type {ManagedPolicyRecord, ManagedPolicyVersionRecord} from './records.js';

/** IAM keeps at most five versions of a managed policy. */
export const MAX_POLICY_VERSIONS = 5;

const noSuchVersion = (arn: string, versionId: string) =>
	new SandboxError('NoSuchEntity', `Policy ${arn} version ${versionId} does not exist.`, 404);

/** A managed policy's versions: CreatePolicyVersion, SetDefaultPolicyVersion, DeletePolicyVersion. */
export class PolicyVersions {
	readonly #context: StoreContext;
	readonly #policies: ManagedPolicies;

	constructor(context: StoreContext, policies: ManagedPolicies) {
		this.#context = context;
		this.#policies = policies;
	}

	/** The document must already have passed parsePolicyDocument. */
	create(arn: string, document: string, setAsDefault: boolean, now: number): ManagedPolicyVersionRecord {
		const policy = this.#policies.get(arn);
		if (policy.versions.length >= MAX_POLICY_VERSIONS) {
			throw limitExceeded(
				`A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
			);
		}
		checkManagedPolicySize(document);
		const version = {versionId: `v${policy.nextVersion}`, document, createDate: now};
		policy.versions.push(version);
		policy.nextVersion += 1;
		if (setAsDefault) this.#makeDefault(policy, version.versionId, now);
		this.#context.changed();
		return version;
	}

	get(arn: string, versionId: string): ManagedPolicyVersionRecord {
		const version = this.#policies.get(arn).versions.find((candidate) => candidate.versionId === versionId);
		if (!version) throw noSuchVersion(arn, versionId);
		return version;
	}

	setDefault(arn: string, versionId: string, now: number): void {
		const policy = this.#policies.get(arn);
		this.get(arn, versionId);
		this.#makeDefault(policy, versionId, now);
		this.#context.changed();
	}

	/** The default version cannot be deleted, even when it is the only one: DeletePolicy deletes it. */
	delete(arn: string, versionId: string): void {
		const policy = this.#policies.get(arn);
		this.get(arn, versionId);
		if (versionId === policy.defaultVersionId) {
			throw new SandboxError('DeleteConflict', 'Cannot delete the default version of a policy.', 409);
		}
		policy.versions = policy.versions.filter((version) => version.versionId !== versionId);
		this.#context.changed();
	}

	#makeDefault(policy: ManagedPolicyRecord, versionId: string, now: number): void {
		policy.defaultVersionId = versionId;
		policy.updateDate = now;
	}
}
