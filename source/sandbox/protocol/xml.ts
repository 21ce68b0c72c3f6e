import {XMLBuilder} from 'fast-xml-parser';

/**
 * Characters XML 1.0 cannot carry at all, not even as character references (its Char production).
 * Validation messages echo the caller's values, which may hold control characters; left in, they
 * make the whole document unparseable (botocore's expat refuses it), so they become U+FFFD.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (_name: string, value: unknown): string => String(value).replace(NOT_XML_CHAR, '\uFFFD');

// One builder for every response: the library escapes text and attribute values.
const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	suppressBooleanAttributes: false,
	tagValueProcessor: xmlText,
	attributeValueProcessor: xmlText,
});

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Serializes a document whose single top-level key is the root element. */
export function buildXml(document: Record<string, unknown>): string {
	return builder.build(document) as string;
}

export interface WireOptions {
	/** Query protocol lists are <member> children; S3 lists repeat the element named by their key. */
	readonly listsAsMembers: boolean;
	/** S3 dates carry milliseconds (2019-10-12T17:50:30.000Z); IAM and STS dates do not. */
	readonly milliseconds: boolean;
}

/** Turns an action's result body into what the XML builder expects: dates, blobs and lists in wire form. */
export function toWire(value: unknown, options: WireOptions): unknown {
	if (value === null || value === undefined) return undefined;
	if (value instanceof Date) return isoDate(value, options.milliseconds);
	if (value instanceof Uint8Array)
		return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (Array.isArray(value)) {
		const items = value.map((item) => toWire(item, options));
		return options.listsAsMembers ? {member: items} : items;
	}
	if (typeof value === 'object') {
		const wire: Record<string, unknown> = {};
		for (const [key, field] of Object.entries(value)) {
			const converted = toWire(field, options);
			if (converted !== undefined) wire[key] = converted;
		}
		return wire;
	}
	return value;
}

export function isoDate(date: Date, milliseconds: boolean): string {
	const iso = date.toISOString();
	return milliseconds ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
}
