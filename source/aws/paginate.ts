/** IAM's Marker/IsTruncated pagination; a page cap guards against an endpoint that never stops. */
const MAX_PAGES = 1000;

export async function collectPages<T>(
	fetchPage: (marker: string | undefined) => Promise<{items: readonly T[]; marker?: string}>,
): Promise<T[]> {
	const all: T[] = [];
	let marker: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const result = await fetchPage(marker);
		all.push(...result.items);
		if (!result.marker || result.marker === marker) return all;
		marker = result.marker;
	}
	return all;
}
