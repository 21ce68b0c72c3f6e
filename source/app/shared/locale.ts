import {QR_WORDS} from '../../words/qr.js';

/**
 * Whether the terminal's locale can show the QR code's half blocks (▀ ▄ █). The locale that
 * decides is the first of LC_ALL, LC_CTYPE and LANG that is set; one that names another charset
 * (C, POSIX, en_US.ISO-8859-1) cannot. When none is set nothing is known, and the code is drawn.
 */
export function localeShowsQr(env: NodeJS.ProcessEnv = process.env): boolean {
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
	return locale === undefined || /utf-?8/i.test(locale);
}

/** The locale variable in force and its value, for a message ("LANG=C"). */
export function localeSetting(env: NodeJS.ProcessEnv = process.env): string {
	for (const name of ['LC_ALL', 'LC_CTYPE', 'LANG'] as const) if (env[name]) return `${name}=${env[name]}`;
	return QR_WORDS.noLocaleSet;
}

/** Says why the QR code is not drawn, and the way in without it. */
export function nonUtf8QrText(env: NodeJS.ProcessEnv = process.env): string {
	return QR_WORDS.needsUtf8(localeSetting(env));
}
