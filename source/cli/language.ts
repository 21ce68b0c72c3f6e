import {UsageError} from '../errors.js';
import {isLanguage, type Language} from '../words/language.js';
import {LANGUAGE_CHOICE_WORDS} from '../words/language-choice.js';

/*
 * Which language sts-mfa speaks: --lang en|pt-BR (any command, anywhere before `--`), else the
 * locale's, from the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX's order for
 * messages), else English. Any Portuguese locale (pt_BR.UTF-8, pt_PT, pt) speaks Brazilian
 * Portuguese, the nearest there is; every other locale, C and POSIX included, English.
 */

/** The language a locale value such as pt_BR.UTF-8 names, if sts-mfa speaks it. */
export function languageOfLocale(locale: string): Language {
	return /^pt([_-]|$|\.|@)/i.test(locale) ? 'pt-BR' : 'en';
}

export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
	return locale ? languageOfLocale(locale) : 'en';
}

export interface LanguageChoice {
	/** Undefined when --lang was not given. */
	readonly language?: Language;
	/** The arguments without --lang and its value. */
	readonly argv: string[];
}

/** Takes --lang VALUE or --lang=VALUE out of the arguments; an unknown language is a usage error. */
export function takeLanguageFlag(argv: readonly string[]): LanguageChoice {
	const end = argv.indexOf('--');
	const options = end < 0 ? argv : argv.slice(0, end);
	const index = options.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
	if (index < 0) return {argv: [...argv]};
	const flag = argv[index] ?? '';
	const inline = flag.startsWith('--lang=');
	const value = inline ? flag.slice('--lang='.length) : argv[index + 1];
	if (value === undefined || (!inline && index + 1 === end)) throw new UsageError(LANGUAGE_CHOICE_WORDS.missing);
	if (!isLanguage(value)) throw new UsageError(LANGUAGE_CHOICE_WORDS.unknown(value));
	const rest = [...argv.slice(0, index), ...argv.slice(index + (inline ? 1 : 2))];
	// A second --lang is left in place: the command's own parser then refuses it as unknown.
	return {language: value, argv: rest};
}
