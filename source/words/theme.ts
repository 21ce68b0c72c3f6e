import type {NoticeLevel} from '../scenario/notices.js';
import {localized} from './language.js';

/* Words about colour themes, and the marks that tell what colour also tells. */

const en = {
	badVariable: (name: string, value: string) => `${name} must be dark, light or auto, got '${value}'`,
	badFlag: (value: string) => `--theme must be dark, light or auto, got '${value}'`,
};

export const THEME_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		badVariable: (name, value) => `${name} deve ser dark, light ou auto, mas é '${value}'`,
		badFlag: (value) => `--theme deve ser dark, light ou auto, mas é '${value}'`,
	},
});

/**
 * Before a notice on the dashboard: an error and a warning are told by a mark as well as by their
 * colour (plain mode says "error:" and "note:" in words). The same marks in both languages.
 */
export const NOTICE_MARKS: Readonly<Record<NoticeLevel, string>> = {error: '✗ ', warn: '! ', info: ''};
