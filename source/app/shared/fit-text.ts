import stringWidth from 'string-width';

/*
 * Text shortened to a width without cutting a word or a name in the middle (Ink's own truncation
 * cut "arn:aws:iam…c (enabled)" and "devic…/sts-mfa-demo-br4dk"). Words are kept from the start
 * up to a space; an identifier (an ARN, a path) keeps its end from a ':' or '/' on, so a device
 * keeps its name and a role its account id; "…" says that something was left out.
 */

const ELLIPSIS = '…';

/** The words of `text` from the start that fit with "…", cut at a space; undefined when not even one fits. */
function headWords(text: string, width: number): string | undefined {
	const words = text.split(' ');
	let kept = '';
	for (const word of words) {
		const next = kept === '' ? word : `${kept} ${word}`;
		if (stringWidth(next) + 1 > width) break;
		kept = next;
	}
	return kept === '' ? undefined : `${kept}${ELLIPSIS}`;
}

/** The end of `token` from a ':' or '/' on, after "…", the longest that fits; undefined when none does. */
function tailFromBoundary(token: string, width: number): string | undefined {
	for (let index = 0; index < token.length; index++) {
		const char = token[index];
		// From the last of a run of separators ("::"): the tail starts with one.
		if ((char !== ':' && char !== '/') || token[index + 1] === ':' || token[index + 1] === '/') continue;
		const tail = token.slice(index);
		if (stringWidth(tail) + 1 <= width) return `${ELLIPSIS}${tail}`;
	}
	return undefined;
}

/** The start of a hyphenated name up to a '-' that fits with "…" ("sts-mfa-list…"). */
function headAtHyphen(token: string, width: number): string | undefined {
	for (let index = token.length - 1; index > 0; index--) {
		if (token[index] !== '-') continue;
		const head = token.slice(0, index);
		if (stringWidth(head) + 1 <= width) return `${head}${ELLIPSIS}`;
	}
	return undefined;
}

/** An ARN's or a path's last part on its own ("sts-mfa-demo-5xtbhlrm"): the name, when even "…/name" is too wide. */
function lastName(token: string, width: number): string | undefined {
	const name = token.slice(Math.max(token.lastIndexOf('/'), token.lastIndexOf(':')) + 1);
	return name !== '' && name !== token && stringWidth(name) <= width ? name : undefined;
}

function shortenToken(token: string, width: number): string | undefined {
	return tailFromBoundary(token, width) ?? lastName(token, width) ?? headAtHyphen(token, width);
}

/** `text` as it fits in `width` columns: whole, shortened at a boundary, or (no boundary fits) cut. */
export function fitText(text: string, width: number): string {
	if (width <= 0) return '';
	return fitAtBoundary(text, width) ?? `${[...text].slice(0, width - 1).join('')}${ELLIPSIS}`;
}

/** `text` whole or shortened at a boundary; undefined when only a cut inside a word would fit. */
export function fitAtBoundary(text: string, width: number): string | undefined {
	if (stringWidth(text) <= width) return text;
	if (width <= 0) return undefined;
	// A name with words after it ("ARN (enabled)", "policy (in force)"): shorten the name, keep the words.
	const [first = '', ...rest] = text.split(' ');
	const after = rest.length > 0 ? ` ${rest.join(' ')}` : '';
	if (rest.length > 0 && /[:/-]/.test(first)) {
		const short = shortenToken(first, width - stringWidth(after));
		if (short !== undefined) return `${short}${after}`;
	}
	const words = headWords(text, width);
	if (words !== undefined && rest.length > 0) return words;
	return shortenToken(first, width);
}

/**
 * Lines of at most `width` columns, broken between words; a word wider than a whole line (an ARN) is
 * shortened at a boundary on its own line rather than broken in its middle.
 */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line === '' ? word : `${line} ${word}`;
		if (stringWidth(next) <= width) {
			line = next;
			continue;
		}
		if (line !== '') lines.push(line);
		line = stringWidth(word) <= width ? word : fitText(word, width);
	}
	if (line !== '') lines.push(line);
	return lines;
}
