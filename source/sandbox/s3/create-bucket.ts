import {SandboxError} from '../errors.js';
import {parseXmlBody} from '../protocol/xml-body.js';

/*
 * CreateBucket's body and region rules, as S3 answers them (Amazon S3 API reference, CreateBucket):
 * in us-east-1 no LocationConstraint is sent (sending "us-east-1" is InvalidLocationConstraint);
 * elsewhere it must name the endpoint's region; a body that is not the CreateBucketConfiguration
 * document is MalformedXML.
 */

export const DEFAULT_REGION = 'us-east-1';

const malformedXml = () =>
	new SandboxError(
		'MalformedXML',
		'The XML you provided was not well-formed or did not validate against our published schema',
	);

/** The LocationConstraint the body names, or undefined for an empty body or an empty configuration. */
export function locationConstraintOf(body: string): string | undefined {
	if (body.trim() === '') return undefined;
	const document = parseXmlBody(body, malformedXml);
	const roots = Object.keys(document).filter((key) => key !== '?xml');
	if (roots.length !== 1 || roots[0] !== 'CreateBucketConfiguration') throw malformedXml();
	const configuration = document.CreateBucketConfiguration;
	if (configuration === '' || configuration === undefined) return undefined;
	if (typeof configuration !== 'object' || configuration === null) throw malformedXml();
	const constraint = (configuration as Record<string, unknown>).LocationConstraint;
	if (constraint === undefined) return undefined;
	if (typeof constraint !== 'string') throw malformedXml();
	return constraint;
}

/** Refuses a constraint that does not fit the region the request was signed for. */
export function checkLocationConstraint(constraint: string | undefined, region: string): void {
	if (region === DEFAULT_REGION) {
		if (constraint === undefined || constraint === '') return;
		if (constraint === DEFAULT_REGION) {
			throw new SandboxError('InvalidLocationConstraint', 'The specified location-constraint is not valid');
		}
	} else if (constraint === region) {
		return;
	}
	const named = constraint === undefined || constraint === '' ? 'unspecified' : constraint;
	throw new SandboxError(
		'IllegalLocationConstraintException',
		`The ${named} location constraint is incompatible for the region specific endpoint this request was sent to.`,
	);
}
