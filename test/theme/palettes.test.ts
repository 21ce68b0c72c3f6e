import {
	differenceCiede2000,
	filterDeficiencyDeuter,
	filterDeficiencyProt,
	filterDeficiencyTrit,
	type Color,
	parse,
	wcagContrast,
} from 'culori';
import {describe, expect, it} from 'vitest';
import {BACKGROUNDS, type ColourRole, PALETTES, THEME_NAMES} from '../../source/theme/palettes.js';

/*
 * Both themes as people with each common colour-vision deficiency see them (culori's simulation,
 * after Machado et al. 2009): every colour readable on its theme's backgrounds, and no two meanings
 * that could be confused with one another.
 */

const difference = differenceCiede2000();
type Filter = (colour: Color) => Color;
const VISION: Readonly<Record<string, Filter>> = {
	normal: (colour) => colour,
	protanopia: filterDeficiencyProt(1),
	deuteranopia: filterDeficiencyDeuter(1),
	tritanopia: filterDeficiencyTrit(1),
};
/** A colour from its hex code. */
function colour(hex: string): Color {
	const parsed = parse(hex);
	if (!parsed) throw new Error(`not a colour: ${hex}`);
	return parsed;
}

const MEANINGS: readonly ColourRole[] = ['accent', 'success', 'warning', 'danger'];

describe.each(THEME_NAMES)('the %s theme', (name) => {
	const palette = PALETTES[name];

	it('reads at WCAG AA (4.5:1) on each background it is made for, for every vision', () => {
		for (const [vision, filter] of Object.entries(VISION))
			for (const role of Object.keys(palette) as ColourRole[])
				for (const background of BACKGROUNDS[name]) {
					const seen = filter(colour(palette[role]));
					expect(
						wcagContrast(seen, filter(colour(background))),
						`${role} on ${background} (${vision})`,
					).toBeGreaterThanOrEqual(4.5);
				}
	});

	it('keeps success, danger, warning and the accent apart for every vision (CIEDE2000 at least 12)', () => {
		for (const [vision, filter] of Object.entries(VISION))
			for (const [index, first] of MEANINGS.entries())
				for (const second of MEANINGS.slice(index + 1)) {
					const apart = difference(filter(colour(palette[first])), filter(colour(palette[second])));
					expect(apart, `${first} against ${second} (${vision})`).toBeGreaterThanOrEqual(12);
				}
	});
});
