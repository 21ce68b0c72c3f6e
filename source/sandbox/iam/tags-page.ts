import type {QueryParams} from '../protocol/query-params.js';
import type {TagRecord} from '../store/records.js';
import {compareKeys} from '../store/users.js';
import {paginate} from './pagination.js';
import {tagsShape} from './shapes.js';

/** The body of every List*Tags answer (users, devices, roles, policies): sorted by key, paginated like IAM. */
export function tagsPage(tags: readonly TagRecord[], params: QueryParams) {
	const sorted = [...tags].sort((a, b) => compareKeys(a.key, b.key));
	const page = paginate(sorted, (tag) => tag.key, params);
	return {body: {Tags: tagsShape(page.items), ...page.fields}};
}
