/*
 * The two languages sts-mfa speaks, and the one in force for this process. Every words module
 * declares a table per language; the compiler holds the Portuguese table to the English one's
 * shape (a missing or extra message, or a parameter of another type, does not compile). The
 * exported object reads the table of the language in force at each access, so call sites stay
 * `CHECK_WORDS.noFindings`, and a language chosen after the modules loaded still applies.
 */

export const LANGUAGES = ['en', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

let active: Language = 'en';

export function activeLanguage(): Language {
	return active;
}

/** Chosen once, at start-up (source/cli/language.ts), before anything is said. */
export function setLanguage(language: Language): void {
	active = language;
}

export function isLanguage(value: string): value is Language {
	return (LANGUAGES as readonly string[]).includes(value);
}

/** A scenario's own words (a title, an explanation), written in both languages at its declaration. */
export type Bilingual = {readonly [L in Language]: string};

/** The active language's text of a scenario's words. */
export function say(words: Bilingual): string {
	return words[active];
}

/** One table per language; the Portuguese one must have exactly the English one's shape. */
export interface Tables<T extends object> {
	readonly en: T;
	readonly 'pt-BR': NoInfer<T>;
}

/**
 * The table of the language in force, read at each access (a Proxy over the tables): property
 * reads, `in`, Object.keys and spreading all see the active language's table.
 */
export function localized<T extends object>(tables: Tables<T>): T {
	const table = (): T => tables[active];
	return new Proxy(tables.en, {
		get: (_target, key) => Reflect.get(table(), key),
		has: (_target, key) => Reflect.has(table(), key),
		ownKeys: () => Reflect.ownKeys(table()),
		getOwnPropertyDescriptor: (_target, key) => {
			const descriptor = Reflect.getOwnPropertyDescriptor(table(), key);
			return descriptor && {...descriptor, configurable: true};
		},
	});
}

// Constructing a formatter loads locale data: each is made once per language (and options), then kept.
const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The language in force's number format with `options`, made on first use and shared by every
 * caller (kept per language and options: as many as the program writes, not one per call).
 */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${active} ${JSON.stringify(options)}`;
	const made = numberFormats.get(key) ?? new Intl.NumberFormat(active, options);
	numberFormats.set(key, made);
	return made;
}

const UP_TO_TENTHS: Intl.NumberFormatOptions = {maximumFractionDigits: 1};

/** A number as the language writes it: 1,234.5 in English, 1.234,5 in Portuguese. */
export function formatNumber(value: number): string {
	return numberFormat(UP_TO_TENTHS).format(value);
}

/** The forms a count takes; `#` stands for the number, written as the language writes it. */
export interface PluralForms {
	readonly one: string;
	readonly other: string;
}

/** "1 bucket", "3 buckets": the form the language's plural rules (Intl.PluralRules) choose. */
export function plural(count: number, forms: PluralForms): string {
	const rules = pluralRules.get(active) ?? new Intl.PluralRules(active);
	pluralRules.set(active, rules);
	const form = rules.select(count) === 'one' ? forms.one : forms.other;
	return form.replaceAll('#', formatNumber(count));
}

/** Runs `words` in one language, whatever is in force: the --json report's words are English. */
export function inLanguage<T>(language: Language, words: () => T): T {
	const before = active;
	active = language;
	try {
		return words();
	} finally {
		active = before;
	}
}
