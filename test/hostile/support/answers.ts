import {XMLParser, XMLValidator} from 'fast-xml-parser';
import type {WireResponse} from './http.js';

export type Protocol = 'query' | 's3';

/** What an answer turned out to be, or why it is not a well-formed AWS answer. */
export type Verdict =
	| {readonly kind: 'success'}
	| {readonly kind: 'error'; readonly code: string; readonly status: number}
	| {readonly kind: 'malformed'; readonly problem: string};

const parser = new XMLParser({ignoreAttributes: true, parseTagValue: false, processEntities: true});

/** XML 1.0 allows only these characters (the Char production); botocore's expat parser refuses the rest. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const malformed = (problem: string): Verdict => ({kind: 'malformed', problem});

function parseDocument(body: string): Record<string, any> | string {
	if (NOT_XML_CHAR.test(body)) {
		const offending = NOT_XML_CHAR.exec(body)!;
		return `a character XML does not allow (U+${offending[0].codePointAt(0)!.toString(16).padStart(4, '0')}) at ${offending.index}`;
	}
	const valid = XMLValidator.validate(body);
	if (valid !== true) return `not well-formed XML: ${valid.err.msg}`;
	return parser.parse(body) as Record<string, any>;
}

const text = (value: unknown): value is string => typeof value === 'string';

/** <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>, as IAM and STS answer. */
function queryError(document: Record<string, any>, response: WireResponse): Verdict {
	const error = document.ErrorResponse?.Error;
	if (!error || !text(error.Code) || error.Code === '') return malformed('no ErrorResponse/Error/Code');
	if (!text(error.Message)) return malformed(`${error.Code} without ErrorResponse/Error/Message`);
	if (error.Type !== 'Sender' && error.Type !== 'Receiver')
		return malformed(`${error.Code} with Type ${String(error.Type)}`);
	const requestId = document.ErrorResponse.RequestId;
	if (!text(requestId) || requestId === '') return malformed(`${error.Code} without ErrorResponse/RequestId`);
	if (response.headers['x-amzn-requestid'] !== requestId)
		return malformed(`${error.Code}: x-amzn-requestid header differs from the document's RequestId`);
	return {kind: 'error', code: error.Code, status: response.status};
}

/** <Error><Code/><Message/><RequestId/><HostId/></Error>, as S3 answers (also the transport's own refusals). */
function s3Error(document: Record<string, any>, response: WireResponse): Verdict {
	const error = document.Error;
	if (!error || !text(error.Code) || error.Code === '') return malformed('no Error/Code');
	if (!text(error.Message)) return malformed(`${error.Code} without Error/Message`);
	if (!text(error.RequestId) || error.RequestId === '') return malformed(`${error.Code} without Error/RequestId`);
	const header = response.headers['x-amz-request-id'];
	// Refusals of malformed HTTP come from below node's parser and carry only the document.
	if (header !== undefined && header !== error.RequestId)
		return malformed(`${error.Code}: x-amz-request-id header differs from the document's RequestId`);
	return {kind: 'error', code: error.Code, status: response.status};
}

function success(document: Record<string, any>, protocol: Protocol | 'any'): Verdict {
	const [root, ...others] = Object.keys(document).filter((key) => key !== '?xml');
	if (!root || others.length > 0) return malformed('a success document needs exactly one root element');
	const queryShape = root.endsWith('Response') && text(document[root]?.ResponseMetadata?.RequestId);
	const s3Shape = root === 'ListAllMyBucketsResult';
	if (protocol === 'query' && !queryShape)
		return malformed(`success root ${root} is not a Query response with ResponseMetadata/RequestId`);
	if (protocol === 's3' && !s3Shape) return malformed(`success root ${root} is not an S3 result`);
	if (!queryShape && !s3Shape) return malformed(`unknown success root ${root}`);
	return {kind: 'success'};
}

/** Judges one answer: a valid success, or an error document in the protocol the client speaks. */
export function judge(response: WireResponse, protocol: Protocol | 'any', method: string): Verdict {
	const {status} = response;
	if (status < 200 || status > 599) return malformed(`HTTP status ${status}`);
	// HEAD answers carry no body by definition; S3 refuses HEAD as not implemented (501).
	if (method === 'HEAD')
		return status < 300
			? {kind: 'success'}
			: {kind: 'error', code: status === 501 ? 'NotImplemented' : `HEAD ${status}`, status};
	// A GetObject answer is the object's own bytes (ETag names them), which a fuzzed PutObject may have
	// filled with anything: not a document to judge.
	if (method === 'GET' && status < 300 && protocol !== 'query' && response.headers.etag !== undefined)
		return {kind: 'success'};
	if (status < 300 && response.body === '') {
		return protocol === 'query' ? malformed('an empty Query success') : {kind: 'success'};
	}
	const document = parseDocument(response.body);
	if (typeof document === 'string') return malformed(document);
	if (status < 300) return success(document, protocol);
	// Refused for its header section: the credential scope that names the protocol may never have
	// arrived, and the sandbox can only guess from the request line. Either AWS format is an answer.
	if (status === 431) return document.ErrorResponse ? queryError(document, response) : s3Error(document, response);
	if (protocol === 'query') return queryError(document, response);
	if (protocol === 's3') return s3Error(document, response);
	return document.ErrorResponse ? queryError(document, response) : s3Error(document, response);
}
