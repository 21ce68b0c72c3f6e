import {errorLine, noteLine} from '../../error-line.js';
import {ConfigurationError, UsageError} from '../../errors.js';
import type {SessionArgs} from './args.js';
import {createSessionCache, type SessionCache, sessionCacheDirectory} from './cache.js';
import {createCodeSource, type PromptLoader} from './code-source.js';
import {checkSerial, longTermKeysNeeded, SessionError} from './errors.js';
import {execWithSession} from './exec.js';
import {inProfileChain, profileChain} from './loop.js';
import {formatSession} from './output.js';
import {sessionPlace} from './place.js';
import type {CachedSession, SessionRequest} from './session.js';
import {type ProfileSettings, profileName, readProfileSettings, sharedFiles} from './shared-config.js';
import type {ControllingTerminal} from './terminal.js';
import {checkSessionProfileTarget, writeSessionProfile} from './write-profile.js';
import {SESSION_ARG_ERRORS} from '../../words/session-args.js';
import {SESSION_ERRORS, SESSION_NOTES} from '../../words/session-errors.js';
import {themeSetting} from '../../theme/choose.js';
import {noColorRequested} from '../../theme/no-color.js';

/*
 * `sts-mfa session [exec]`. Every AWS command run through a credential_process profile waits for
 * this one, so a cached answer must be quick: this module and the ones it imports are small, read
 * a few files, and never load the AWS SDK or Ink. Those come in (new-session.ts, the prompt) only
 * when a new session has to be made.
 */

export interface SessionCommandIo {
	readonly stdout: {write(text: string): unknown};
	readonly stderr: {write(text: string): unknown};
	readonly env: NodeJS.ProcessEnv;
	readonly loadPrompt?: PromptLoader;
	readonly openTerminal?: () => ControllingTerminal | undefined;
}

const defaultIo: SessionCommandIo = {stdout: process.stdout, stderr: process.stderr, env: process.env};

interface Source {
	readonly profile?: string;
	readonly settings: ProfileSettings;
	readonly request: SessionRequest;
	/** An endpoint_url the SDK would not read itself (a --profile's). */
	readonly sdkEndpoint?: string;
	/** The profiles whose sts-mfa session led to this one, this one's included (loop.ts). */
	readonly chain: string;
}

/** Endpoint URLs as the SDKs read them: the environment first, then the profile's, unless told to ignore them. */
function endpointFor(env: NodeJS.ProcessEnv, settings: ProfileSettings): {endpoint?: string; sdkEndpoint?: string} {
	if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return {};
	const fromEnv = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
	if (fromEnv) return {endpoint: fromEnv};
	return {endpoint: settings.endpointUrl, sdkEndpoint: settings.endpointUrl};
}

async function describeSource(args: SessionArgs, env: NodeJS.ProcessEnv): Promise<Source> {
	const profile = profileName(args.profile, env);
	// Before anything waits on the cache's lock, which the run that started this one may hold.
	const chain = await profileChain(profile, env);
	const fromEnvironment = profile === undefined && Boolean(env.AWS_ACCESS_KEY_ID);
	// Session credentials in the environment can never make a session: say so before anything loads.
	if (fromEnvironment && env.AWS_SESSION_TOKEN)
		throw longTermKeysNeeded(env.AWS_ACCESS_KEY_ID ?? '', {kind: 'environment'});
	const settings = await readProfileSettings(profile ?? 'default', sharedFiles(env));
	if (args.serial !== undefined) checkSerial(args.serial, SESSION_ERRORS.serialFrom.option);
	else if (settings.mfaSerial !== undefined)
		checkSerial(settings.mfaSerial, SESSION_ERRORS.serialFrom.profile(profile ?? 'default'));
	const {endpoint, sdkEndpoint} = endpointFor(env, settings);
	const request: SessionRequest = {
		profile,
		sourceAccessKeyId: fromEnvironment ? env.AWS_ACCESS_KEY_ID : settings.staticAccessKeyId,
		serialNumber: args.serial ?? settings.mfaSerial,
		durationSeconds: args.durationSeconds,
		endpoint,
	};
	return {profile, settings, request, sdkEndpoint, chain};
}

async function fromCache(
	cache: SessionCache,
	source: Source,
	io: SessionCommandIo,
): Promise<CachedSession | undefined> {
	const found = await cache.lookup(source.request);
	if (found.session) return found.session;
	if (found.refused) io.stderr.write(noteLine(SESSION_NOTES.cacheRefused(found.refused)));
	return undefined;
}

async function newCachedSession(args: SessionArgs, io: SessionCommandIo, source: Source): Promise<CachedSession> {
	const codes = createCodeSource({
		tokenCode: args.tokenCode,
		mfaProcess: args.mfaProcess,
		theme: themeSetting(args.theme, io.env),
		colour: !noColorRequested(io.env),
		loadPrompt: io.loadPrompt,
		openTerminal: io.openTerminal,
	});
	try {
		const {newSession} = await import('./new-session.js');
		return await inProfileChain(source.chain, sessionCacheDirectory(io.env), () =>
			newSession({
				args,
				profile: source.profile,
				profileSerial: source.settings.mfaSerial,
				endpoint: source.sdkEndpoint,
				codes,
			}),
		);
	} finally {
		await codes.close();
	}
}

async function obtainSession(args: SessionArgs, io: SessionCommandIo, source: Source): Promise<CachedSession> {
	if (!args.cache) return newCachedSession(args, io, source);
	const cache = createSessionCache(sessionCacheDirectory(io.env));
	if (!args.refresh) {
		const cached = await fromCache(cache, source, io);
		if (cached) return cached;
	}
	// One caller per cache key asks for a code; the others wait here, then answer from the cache.
	const lock = await cache.lock(source.request);
	try {
		if (!args.refresh) {
			const cached = await fromCache(cache, source, io);
			if (cached) return cached;
		}
		const session = await newCachedSession(args, io, source);
		// The session's endpoint is the profile's endpoint_url (exec's command, without the profile,
		// would not know it); one from the environment reaches the command through the environment.
		await cache.store(source.request, session).catch((error: unknown) => {
			io.stderr.write(noteLine(SESSION_NOTES.notCached((error as Error).message)));
		});
		return session;
	} finally {
		lock.release();
	}
}

async function deliver(args: SessionArgs, io: SessionCommandIo, session: CachedSession, source: Source) {
	// Where the session is used: the profile as it is now, not as it was when the session was cached.
	const place = sessionPlace(args, io.env, source.settings, source.request.endpoint);
	if (args.exec) return execWithSession(args.exec, session, place);
	if (args.writeProfile !== undefined) {
		const file = sharedFiles(io.env).credentials;
		await writeSessionProfile(file, args.writeProfile, session);
		io.stderr.write(noteLine(SESSION_NOTES.wroteProfile(args.writeProfile, file, session.expiration.toISOString())));
		if (!args.formatGiven) return 0;
	}
	io.stdout.write(formatSession(session, args.format, place));
	return 0;
}

/** A --write-profile that would be refused is refused before a code is asked for. */
async function checkTarget(name: string, source: Source, env: NodeJS.ProcessEnv): Promise<void> {
	if (name === (source.profile ?? 'default')) {
		throw new UsageError(SESSION_ARG_ERRORS.writeProfileIsSource(name));
	}
	await checkSessionProfileTarget(sharedFiles(env).credentials, name);
}

function report(error: unknown, io: SessionCommandIo): number {
	io.stderr.write(errorLine(error));
	if (error instanceof SessionError) return error.exitCode;
	return error instanceof UsageError || error instanceof ConfigurationError ? 2 : 1;
}

/** `sts-mfa session` and `sts-mfa session exec`: resolves to the exit status. */
export async function sessionCommand(args: SessionArgs, io: SessionCommandIo = defaultIo): Promise<number> {
	try {
		const source = await describeSource(args, io.env);
		if (args.writeProfile !== undefined) await checkTarget(args.writeProfile, source, io.env);
		const session = await obtainSession(args, io, source);
		return await deliver(args, io, session, source);
	} catch (error) {
		return report(error, io);
	}
}
