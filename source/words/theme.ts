import type {NoticeLevel} from '../scenario/notices.js';

/* Words about colour themes, and the marks that tell what colour also tells. */

export const THEME_WORDS = {
	badVariable: (name: string, value: string) => `${name} must be dark, light or auto, got '${value}'`,
	badFlag: (value: string) => `--theme must be dark, light or auto, got '${value}'`,
} as const;

/**
 * Before a notice on the dashboard: an error and a warning are told by a mark as well as by their
 * colour (plain mode says "error:" and "note:" in words).
 */
export const NOTICE_MARKS: Readonly<Record<NoticeLevel, string>> = {error: '✗ ', warn: '! ', info: ''};
