import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {SandboxStore} from '../../../source/sandbox/store/index.js';

/*
 * What a leak search needs: every secret the sandbox handed out during a run (read from its store
 * as they appear, since teardown deletes them), every version of every file the run wrote, and a
 * search for each secret in the forms it could take when printed or stored.
 */

export type SecretKind =
	| 'admin secret access key'
	| 'user secret access key'
	| 'session secret access key'
	| 'session token'
	| 'session key'
	| 'MFA seed';

/** Every secret value the sandbox holds or held, with what it is; updated on each store change. */
export class SecretsSeen {
	/** Secret → what it is, for the assertions' messages. */
	readonly all = new Map<string, string>();
	readonly #kinds = new Map<string, SecretKind>();

	constructor(store: SandboxStore) {
		this.#take(store);
		store.onChange(() => this.#take(store));
		// Sessions are not in the state (their tokens carry their claims): they are seen as issued.
		store.sessions.onIssue((session) => {
			this.#add(session.secretAccessKey, 'session secret access key', session.accessKeyId);
			this.#add(session.sessionToken, 'session token', session.accessKeyId);
		});
	}

	#add(secret: string, kind: SecretKind, owner: string): void {
		this.all.set(secret, `the ${kind} of ${owner}`);
		this.#kinds.set(secret, kind);
	}

	#take(store: SandboxStore): void {
		const state = store.toJSON();
		this.#add(state.admin.secretAccessKey, 'admin secret access key', state.admin.accessKeyId);
		for (const key of state.accessKeys) this.#add(key.secretAccessKey, 'user secret access key', key.accessKeyId);
		this.#add(state.sessionKey, 'session key', 'the sandbox');
		for (const device of state.devices) this.#add(device.seed, 'MFA seed', device.serialNumber);
	}

	count(kind: SecretKind): number {
		return [...this.#kinds.values()].filter((each) => each === kind).length;
	}
}

/** The forms a secret could take on a screen, in a log, a URL, a JSON file or an HTTP body. */
export function formsOf(secret: string): string[] {
	const bytes = Buffer.from(secret, 'utf8');
	return [
		...new Set([
			secret,
			bytes.toString('base64'),
			bytes.toString('base64url'),
			encodeURIComponent(secret),
			bytes.toString('hex'),
			// The dashboard and authenticator apps show a seed in groups of four.
			secret.match(/.{1,4}/g)!.join(' '),
		]),
	];
}

const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

/** Where each secret turns up in `text` (also with terminal escapes taken out): "label as form". */
export function leaksIn(text: string, secrets: ReadonlyMap<string, string>): string[] {
	const plain = text.replace(ANSI, '');
	const found: string[] = [];
	for (const [secret, label] of secrets) {
		for (const form of formsOf(secret)) {
			if (text.includes(form) || plain.includes(form))
				found.push(`${label} (as ${form === secret ? 'itself' : JSON.stringify(form.slice(0, 12))}…)`);
		}
	}
	return found;
}

/** Every file under `roots`, path → content (read as bytes, searched as Latin-1 so any byte matches). */
export function readTree(roots: readonly string[]): Map<string, string> {
	const files = new Map<string, string>();
	const visit = (path: string) => {
		let stat: ReturnType<typeof statSync>;
		try {
			stat = statSync(path);
		} catch {
			return; // Gone between listing and reading (an atomic write's temporary file).
		}
		if (stat.isDirectory()) {
			for (const name of safeList(path)) visit(join(path, name));
		} else if (stat.isFile()) {
			try {
				files.set(path, readFileSync(path).toString('latin1'));
			} catch {
				// Same race as above.
			}
		}
	};
	for (const root of roots) visit(root);
	return files;
}

function safeList(path: string): string[] {
	try {
		return readdirSync(path);
	} catch {
		return [];
	}
}

/** Keeps every distinct version of every file under `roots` while a run goes on. */
export class FilesSeen {
	readonly #versions = new Map<string, Set<string>>();
	readonly #timer: NodeJS.Timeout;

	constructor(
		readonly roots: readonly string[],
		intervalMs = 15,
	) {
		this.#timer = setInterval(() => this.look(), intervalMs);
	}

	look(): void {
		for (const [path, content] of readTree(this.roots)) {
			let versions = this.#versions.get(path);
			if (!versions) {
				versions = new Set();
				this.#versions.set(path, versions);
			}
			versions.add(content);
		}
	}

	stop(): void {
		clearInterval(this.#timer);
		this.look();
	}

	get paths(): string[] {
		return [...this.#versions.keys()];
	}

	/** Each secret found in any version of any file, with the file's path. */
	leaks(secrets: ReadonlyMap<string, string>): string[] {
		return [...this.#versions].flatMap(([path, versions]) =>
			[...versions].flatMap((content) => leaksIn(content, secrets).map((leak) => `${leak} in ${path}`)),
		);
	}
}
