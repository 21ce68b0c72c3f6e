import type {SignableRequest} from '../auth/sigv4.js';

/** An HTTP request once its body has been read: what the protocol and auth layers work from. */
export interface SandboxRequest extends SignableRequest {
	/** The query string as sent, without the `?`. */
	readonly rawQuery: string;
	readonly sourceIp: string;
}

/** What the transport writes back. */
export interface SandboxResponse {
	readonly status: number;
	readonly headers: Readonly<Record<string, string>>;
	readonly body: string;
}
