export {
	SandboxStore,
	type NamedPolicy,
	type Permissions,
	type PolicyTexts,
	type ResolvedCredentials,
	type SandboxStoreOptions,
} from './sandbox-store.js';
export {CorruptSnapshotError, type StoreSnapshot} from './snapshot.js';
export type {AssignmentStatus} from './mfa-devices.js';
export type * from './records.js';
export {defaultDocument} from './records.js';
