import {randomBytes} from 'node:crypto';
import {rmSync} from 'node:fs';
import path from 'node:path';
import {readOwnerOnlyFileSync, writeOwnerOnlyFile} from '../../owner-only-file.js';
import {SessionError} from './errors.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';

/*
 * `credential_process = sts-mfa session --profile loop` in profile `loop` itself (or through other
 * profiles) would start sts-mfa again for the same profile, and again, without end: each one's
 * SDK runs the profile's credential_process to get the source keys. Each sts-mfa session names
 * its profile in STS_MFA_SESSION_CHAIN, which the SDK passes on to the credential_process it
 * runs; one that finds its own profile there is inside its own chain, and stops at once. The SDK
 * keeps a credential_process's error to itself, so the one that stops also leaves a note for the
 * run that started it (STS_MFA_SESSION_LOOP_NOTE), which then says the same.
 */

const CHAIN_VARIABLE = 'STS_MFA_SESSION_CHAIN';
const NOTE_VARIABLE = 'STS_MFA_SESSION_LOOP_NOTE';

function loopError(profile: string, cause?: unknown): SessionError {
	return new SessionError('CredentialProcessLoop', SESSION_ERRORS.credentialLoop(profile), {usage: true, cause});
}

/** Throws when this run is inside its own profile's chain (leaving the note); otherwise the chain with this profile added. */
export async function profileChain(profile: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
	const name = profile ?? 'default';
	const chain = (env[CHAIN_VARIABLE] ?? '').split('\n').filter(Boolean);
	if (!chain.includes(name)) return [...chain, name].join('\n');
	const note = env[NOTE_VARIABLE];
	if (note) await writeOwnerOnlyFile(note, name).catch(() => undefined);
	throw loopError(name);
}

/**
 * Runs `make` (which may start the SDK's credential_process) with the chain in the environment
 * the SDK hands on, and puts the environment back after; a loop found below becomes this run's error.
 */
export async function inProfileChain<T>(chain: string, noteDirectory: string, make: () => Promise<T>): Promise<T> {
	const note = path.join(noteDirectory, `loop-${randomBytes(8).toString('hex')}`);
	const saved = {chain: process.env[CHAIN_VARIABLE], note: process.env[NOTE_VARIABLE]};
	process.env[CHAIN_VARIABLE] = chain;
	process.env[NOTE_VARIABLE] = note;
	try {
		return await make();
	} catch (error) {
		const found = readOwnerOnlyFileSync(note, {maxBytes: 4096});
		throw found.ok ? loopError(found.data.toString('utf8'), error) : error;
	} finally {
		rmSync(note, {force: true});
		restore(CHAIN_VARIABLE, saved.chain);
		restore(NOTE_VARIABLE, saved.note);
	}
}

function restore(name: string, value: string | undefined): void {
	if (value === undefined) delete process.env[name];
	else process.env[name] = value;
}

/** exec's command is not part of the chain: its own AWS commands may run sts-mfa for any profile. */
export function withoutChain(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const {[CHAIN_VARIABLE]: _chain, [NOTE_VARIABLE]: _note, ...rest} = env;
	return rest;
}
