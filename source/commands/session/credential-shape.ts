import type {SessionCredentials} from '../../aws/types.js';
import {SessionError} from './errors.js';
import {SESSION_ERRORS} from '../../words/session-errors.js';

/*
 * GetSessionToken's answer comes over the network, from AWS or from whatever an endpoint_url
 * points at. Before any of it is printed (env lines a shell evaluates, JSON, credential_process)
 * or written (~/.aws/credentials), each field must have the shape STS documents: botocore's model
 * gives AccessKeyId as 16 to 128 word characters; the secret and the token are opaque strings,
 * which AWS (and the sandbox) make of base64 and base64url characters. Nothing else passes: no
 * control character or line break (a token holding "\n[injected]" would add a profile to the
 * credentials file), no space, quote, bracket or backslash.
 */

const ACCESS_KEY_ID = /^\w{16,128}$/;
const SECRET = /^[A-Za-z0-9+/=_.-]{16,256}$/;
const TOKEN = /^[A-Za-z0-9+/=_.-]{16,8192}$/;

function malformed(field: string, why: string): SessionError {
	return new SessionError('MalformedCredentials', SESSION_ERRORS.malformedCredential(field, why));
}

/** Throws unless every field of the session has its documented shape; never says a secret's value. */
export function checkSessionShape(session: SessionCredentials): void {
	if (!ACCESS_KEY_ID.test(session.accessKeyId)) {
		throw malformed('AccessKeyId', SESSION_ERRORS.malformedWhy.accessKeyId);
	}
	if (!SECRET.test(session.secretAccessKey.reveal())) {
		throw malformed('SecretAccessKey', SESSION_ERRORS.malformedWhy.secretAccessKey);
	}
	if (!TOKEN.test(session.sessionToken.reveal())) {
		throw malformed('SessionToken', SESSION_ERRORS.malformedWhy.sessionToken);
	}
	if (!Number.isFinite(session.expiration.getTime()))
		throw malformed('Expiration', SESSION_ERRORS.malformedWhy.expiration);
}
