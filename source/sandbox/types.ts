/*
 * Contracts between the sandbox's layers:
 *   transport (server.ts, protocol/, auth/)  →  router  →  actions (iam/, sts/, s3/)  →  store
 * and the policy engine (policy/) that the router consults before running an action.
 */

export type SandboxService = 'iam' | 'sts' | 's3' | 'cloudtrail';

/** Who signed the request, after SigV4 verification. */
export interface Principal {
	readonly kind: 'admin' | 'user' | 'session';
	readonly accountId: string;
	/**
	 * arn:aws:iam::ACCOUNT:root for the administrator, the user's ARN for a user and its sessions,
	 * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION for a role session.
	 */
	readonly arn: string;
	/** The account id, the user's AIDA… id, or AROA…:SESSION for a role session. */
	readonly userId: string;
	readonly userName?: string;
	readonly accessKeyId: string;
	/** For sessions: whether the session was obtained with a valid MFA code, and when. */
	readonly session?: {
		readonly mfaAuthenticatedAt?: number;
		/** When the session was issued (CloudTrail's sessionContext.attributes.creationDate). */
		readonly issuedAt?: number;
		readonly expiresAt: number;
		/** The session policy AssumeRole was given (text), which narrows the role's permissions. */
		readonly policy?: string;
		/** The documents of the managed session policies (PolicyArns) as they were at AssumeRole. */
		readonly managedPolicies?: readonly string[];
	};
	/** For role sessions (AssumeRole): the role whose permissions the session has. */
	readonly role?: {
		readonly roleName: string;
		readonly roleId: string;
		readonly arn: string;
		readonly sessionName: string;
	};
}

/** Values of the request context that policy conditions read (keys are case-insensitive). */
export type ContextValue = string | boolean | number | readonly string[];
export type RequestContext = Readonly<Record<string, ContextValue | undefined>>;

export interface ActionContext {
	readonly service: SandboxService;
	readonly action: string;
	readonly principal: Principal;
	/**
	 * Query protocol: the form/query parameters as sent ("Tags.member.1.Key" → "..."). S3: the query
	 * string parameters plus "Bucket" from the path.
	 */
	readonly params: Readonly<Record<string, string>>;
	/** Raw body for S3 (e.g. CreateBucketConfiguration XML) and JSON services (CloudTrail); empty for Query. */
	readonly body: string;
	/** S3 object operations: the body as sent (PutObject's bytes, aws-chunked still encoded). */
	readonly payload?: Uint8Array;
	/** S3 object operations: the request's headers (lower-case names). */
	readonly headers?: Readonly<Record<string, string | undefined>>;
	readonly now: number;
	readonly requestId: string;
	/** The region the request was signed for (its credential scope); us-east-1 when not known. */
	readonly region?: string;
}

/**
 * What an action returns: the content of <ActionResult> (Query) or the root element (S3, with
 * `root` naming it). Arrays serialize as <member> children in Query responses.
 */
export interface ActionResult {
	readonly root?: string;
	readonly body?: Record<string, unknown>;
	readonly httpStatus?: number;
	readonly headers?: Readonly<Record<string, string>>;
	/** S3 GetObject: the bytes to answer with instead of an XML document. */
	readonly payload?: Uint8Array;
}

export interface ActionSpec {
	/** IAM action name for authorization, e.g. "iam:CreateUser"; undefined = needs no permission. */
	readonly iamAction?: string;
	/** The resource ARN the policy engine is asked about. */
	resource(context: ActionContext): string;
	/**
	 * May be async (CreateVirtualMFADevice renders its QR PNG asynchronously): the router awaits
	 * the result. All state changes happen before the first await.
	 */
	run(context: ActionContext): ActionResult | Promise<ActionResult>;
}

export interface SandboxOptions {
	readonly host?: string;
	/** 0 picks a free port. */
	readonly port?: number;
	readonly accountId?: string;
	/** Administrator credentials; random ones when absent. */
	readonly credentials?: {readonly accessKeyId: string; readonly secretAccessKey: string};
	/** New access keys and policy changes take effect only after this many ms. */
	readonly propagationDelayMs?: number;
	/** Keep state in this file across restarts (atomic writes, mode 0600). */
	readonly statePath?: string;
	/** For tests: the sandbox's clock. */
	readonly now?: () => number;
}

export interface RunningSandbox {
	/** e.g. http://127.0.0.1:4566 */
	readonly endpoint: string;
	readonly region: string;
	readonly accountId: string;
	readonly credentials: {readonly accessKeyId: string; readonly secretAccessKey: string};
	stop(): Promise<void>;
}
