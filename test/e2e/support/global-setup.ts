import {ensureBuilt} from './build.js';

/** For vitest's globalSetup: build dist/ once before any test file starts. */
export default function setup(): void {
	ensureBuilt();
}
