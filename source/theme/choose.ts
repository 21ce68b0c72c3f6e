import {ConfigurationError, UsageError} from '../errors.js';
import {THEME_NAMES, type ThemeName} from './palettes.js';
import {THEME_WORDS} from '../words/theme.js';

/** `--theme`'s values: a theme, or `auto` (the terminal's background, asked with OSC 11; else dark). */
export type ThemeSetting = ThemeName | 'auto';
export const THEME_SETTINGS: readonly ThemeSetting[] = [...THEME_NAMES, 'auto'];

/** The environment variable that chooses the theme when --theme does not. */
export const THEME_VARIABLE = 'STS_MFA_THEME';

export function isThemeSetting(value: string): value is ThemeSetting {
	return (THEME_SETTINGS as readonly string[]).includes(value);
}

/** `--theme VALUE`, refused (exit status 2) unless it is one of THEME_SETTINGS. */
export function themeFlag(value: string): ThemeSetting {
	if (!isThemeSetting(value)) throw new UsageError(THEME_WORDS.badFlag(value));
	return value;
}

/** The flag, else STS_MFA_THEME (set and not empty), else auto. */
export function themeSetting(flag: ThemeSetting | undefined, env: NodeJS.ProcessEnv): ThemeSetting {
	if (flag !== undefined) return flag;
	const value = env[THEME_VARIABLE]?.trim();
	if (value === undefined || value === '') return 'auto';
	if (!isThemeSetting(value)) throw new ConfigurationError('BadTheme', THEME_WORDS.badVariable(THEME_VARIABLE, value));
	return value;
}
