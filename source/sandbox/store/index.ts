export {SandboxStore, type SandboxStoreOptions, type ResolvedCredentials} from './sandbox-store.js';
export {CorruptSnapshotError, type StoreSnapshot} from './snapshot.js';
export type {AssignmentStatus} from './mfa-devices.js';
export type * from './records.js';
