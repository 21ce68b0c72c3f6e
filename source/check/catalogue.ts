/*
 * The IAM actions that exist, to expand the wildcards a policy names ("iam:*MFA*", "s3:Get*") into
 * the actions they cover, and the resource each self-management action is asked about.
 */
import {wildcardMatch} from '../sandbox/policy/index.js';
import {catalogueData} from './catalogue-data.js';
import type {CatalogueData} from './catalogue-types.js';

export interface Catalogue {
	/** Every action of the service, "iam:CreateAccessKey" style; empty for a prefix it does not know. */
	actionsOf(service: string): readonly string[];
	/** The action as the catalogue spells it, or undefined when no service has it. */
	spelling(action: string): string | undefined;
	/** The ARN template of the action's first resource type (iam and sts only). */
	resourceTemplate(action: string): string | undefined;
	readonly actionCount: number;
}

let loaded: Promise<Catalogue> | undefined;

/** Loaded once per process. */
export function loadCatalogue(): Promise<Catalogue> {
	loaded ??= catalogueData().then(catalogueFrom);
	return loaded;
}

export function catalogueFrom(data: CatalogueData): Catalogue {
	const byService = new Map<string, readonly string[]>();
	const byLowerName = new Map<string, string>();
	for (const [service, names] of Object.entries(data.services)) {
		const actions = names === '' ? [] : names.split(',').map((name) => `${service}:${name}`);
		byService.set(service, actions);
		for (const action of actions) byLowerName.set(action.toLowerCase(), action);
	}
	return {
		actionsOf: (service) => byService.get(service.toLowerCase()) ?? [],
		spelling: (action) => byLowerName.get(action.toLowerCase()),
		resourceTemplate: (action) => data.resources[action.toLowerCase()],
		actionCount: byLowerName.size,
	};
}

/** The catalogue's actions a pattern covers ("iam:*MFADevice" → the five device actions). */
export function expandPattern(catalogue: Catalogue, pattern: string): readonly string[] {
	const colon = pattern.indexOf(':');
	if (colon === -1) return [];
	const service = pattern.slice(0, colon);
	if (/[*?]/.test(service)) return [];
	if (!/[*?]/.test(pattern)) {
		const known = catalogue.spelling(pattern);
		return [known ?? pattern];
	}
	return catalogue.actionsOf(service).filter((action) => wildcardMatch(pattern, action, true));
}
