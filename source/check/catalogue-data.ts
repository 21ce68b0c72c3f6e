import type {CatalogueData} from './catalogue-types.js';

/**
 * The IAM action catalogue. scripts/build.mjs replaces this module with the data itself (read once
 * at build time through ./catalogue-read.ts); run from source, it reads the package.
 */
export async function catalogueData(): Promise<CatalogueData> {
	const {readCatalogueData} = await import('./catalogue-read.js');
	return readCatalogueData();
}
