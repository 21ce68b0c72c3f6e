import {localeShowsQr} from '../../app/shared/locale.js';
import {CHECK_WORDS} from '../../words/check.js';
import type {Decision} from '../types.js';

/** A cell's mark: a different shape for each decision, so colour is never the only difference. */
export function glyphFor(decision: Decision, env: NodeJS.ProcessEnv = process.env): string {
	const {glyphs} = CHECK_WORDS;
	const unicode = localeShowsQr(env);
	if (decision === 'allowed') return unicode ? glyphs.allowed : glyphs.allowedAscii;
	if (decision === 'explicitDeny') return unicode ? glyphs.explicitDeny : glyphs.explicitDenyAscii;
	return unicode ? glyphs.implicitDeny : glyphs.implicitDenyAscii;
}
