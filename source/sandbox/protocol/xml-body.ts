import {XMLParser, XMLValidator} from 'fast-xml-parser';
import type {SandboxError} from '../errors.js';

/*
 * XML request bodies (S3's configuration documents), read as S3 reads them: no document type
 * declaration (so no entity, external or expanding, is ever defined), a nesting depth no schema of
 * S3's comes near, and anything the parser refuses is the caller's malformed-XML error, never an
 * exception that would surface as a 500. The depth is checked by one linear scan before parsing:
 * the parser's own refusal of deep nesting comes only after it has worked through the whole body.
 */

/** Deeper than any S3 request document (a lifecycle rule's filter is about 6 levels down). */
export const MAX_XML_DEPTH = 32;

const parser = new XMLParser({ignoreAttributes: true, parseTagValue: false, removeNSPrefix: true});

/** The body as a document object (the root element's name is its one key besides `?xml`). */
export function parseXmlBody(body: string, malformed: () => SandboxError): Record<string, unknown> {
	if (/<!DOCTYPE|<!ENTITY/i.test(body) || nestingExceeds(body, MAX_XML_DEPTH)) throw malformed();
	try {
		if (XMLValidator.validate(body) !== true) throw malformed();
		return parser.parse(body) as Record<string, unknown>;
	} catch {
		throw malformed();
	}
}

/** Whether elements nest deeper than `limit` (an over-estimate only for bodies the parser refuses anyway). */
function nestingExceeds(body: string, limit: number): boolean {
	let depth = 0;
	for (let open = body.indexOf('<'); open !== -1; open = body.indexOf('<', open + 1)) {
		const next = body[open + 1];
		if (next === '/') depth--;
		else if (next !== '?' && next !== '!') {
			const close = body.indexOf('>', open);
			if (close === -1) return false;
			if (body[close - 1] !== '/' && ++depth > limit) return true;
			open = close;
		}
	}
	return false;
}
