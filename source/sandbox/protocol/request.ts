/** An HTTP request once its body has been read: what the protocol and auth layers work from. */
export interface SandboxRequest {
	readonly method: string;
	/** The path exactly as sent (still percent-encoded). */
	readonly path: string;
	/** The query string as sent, without the `?`. */
	readonly rawQuery: string;
	/** Lower-case header names. */
	readonly headers: Readonly<Record<string, string | undefined>>;
	readonly body: Uint8Array;
	readonly sourceIp: string;
}

/** What the transport writes back. */
export interface SandboxResponse {
	readonly status: number;
	/** A `content-length` here (HeadObject's) is sent as given; otherwise the body's length is. */
	readonly headers: Readonly<Record<string, string>>;
	/** Bytes for S3 object bodies. */
	readonly body: string | Uint8Array;
}
