import type {StoreContext} from './context.js';
import {newSecretAccessKey, newSessionKeyId, newSessionToken} from './ids.js';
import type {SessionRecord} from './records.js';

/** Temporary credentials issued by GetSessionToken. */
export class Sessions {
	readonly #context: StoreContext;

	constructor(context: StoreContext) {
		this.#context = context;
	}

	create(input: {
		user?: {key: string; userId: string};
		durationSeconds: number;
		mfaAuthenticatedAt?: number;
		now: number;
	}): SessionRecord {
		this.purgeExpired(input.now);
		const session: SessionRecord = {
			accessKeyId: newSessionKeyId(),
			secretAccessKey: newSecretAccessKey(),
			sessionToken: newSessionToken(),
			expiresAt: input.now + input.durationSeconds * 1000,
			...(input.user ? {user: input.user} : {}),
			...(input.mfaAuthenticatedAt === undefined ? {} : {mfaAuthenticatedAt: input.mfaAuthenticatedAt}),
		};
		this.#context.state.sessions.set(session.accessKeyId, session);
		this.#context.changed();
		return session;
	}

	find(accessKeyId: string): SessionRecord | undefined {
		return this.#context.state.sessions.get(accessKeyId);
	}

	/** Lazily, when a new session is made: an expired session only matters to say "expired". */
	purgeExpired(now: number): void {
		// Kept for a day past expiry so a late request still gets ExpiredToken, not an unknown key.
		const graceMs = 24 * 60 * 60 * 1000;
		for (const [id, session] of this.#context.state.sessions) {
			if (session.expiresAt + graceMs < now) this.#context.state.sessions.delete(id);
		}
	}
}
