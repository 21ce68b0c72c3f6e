import {UsageError} from '../errors.js';
import {CLI_ARG_ERRORS} from '../words/cli-args.js';
import {isRegionName} from './region.js';

/** Where AWS calls go: the embedded sandbox (default), a real account, or any compatible endpoint. */
export interface TargetArgs {
	readonly aws: boolean;
	readonly profile?: string;
	readonly region?: string;
	readonly endpoint?: string;
}

/** The target flags of run, cleanup and check (as parsed: --aws may be absent), checked the same way for each. */
export function targetOf(values: Partial<TargetArgs>): TargetArgs {
	const words = CLI_ARG_ERRORS.target;
	if (values.aws && values.endpoint) throw new UsageError(words.awsAndEndpoint);
	if (!values.aws && values.profile) throw new UsageError(words.profileWithoutAws);
	if (values.endpoint !== undefined) {
		let url: URL;
		try {
			url = new URL(values.endpoint);
		} catch {
			throw new UsageError(words.endpointUrl(values.endpoint));
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:')
			throw new UsageError(words.endpointScheme(values.endpoint));
	}
	if (values.region !== undefined && !isRegionName(values.region)) throw new UsageError(words.region(values.region));
	return {aws: values.aws ?? false, profile: values.profile, region: values.region, endpoint: values.endpoint};
}
