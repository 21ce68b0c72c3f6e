import type {AccountState} from './records.js';

/** What every part of the store shares: the account's state and how to announce a change. */
export interface StoreContext {
	readonly state: AccountState;
	/** New access keys and policy changes take effect only after this many ms. */
	readonly propagationDelayMs: number;
	/** Called once after each mutation, so the transport can persist the state. */
	changed(): void;
}
