import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {dashboardLayout} from '../../source/app/layout.js';
import {YOUR_TURN} from '../../source/app/steps/your-turn.js';
import {SCENARIO_NAMES, SCENARIOS} from '../../source/scenario/scenarios/index.js';
import {LANGUAGES, say, setLanguage} from '../../source/words/language.js';

/*
 * Every step's title fits the steps panel at 80x24 whole, in every language: the panel cuts a
 * longer one with an ellipsis ("Criar um usuário do IAM de…"), which cuts a word. A step that waits
 * for the user's code shows "your turn" beside its title, so its title has that much less room.
 * Each scenario is read from its declaration: a new one is held to this by being declared.
 */

afterEach(() => setLanguage('en'));

// The steps panel's width at 80 columns, less the focus mark and the step's icon (3 columns).
const ROOM = dashboardLayout(80, 24).leftWidth - 3;

describe.each(LANGUAGES)('step titles in %s', (language) => {
	it.each(SCENARIO_NAMES)(
		'%s: every title fits the steps panel at 80 columns, with "your turn" beside a code step',
		(name) => {
			setLanguage(language);
			const tooLong = SCENARIOS[name]!.steps.flatMap((step, index) => {
				const label = `${index + 1}. ${say(step.title)}`;
				const room = ROOM - (step.action.kind === 'codes' ? stringWidth(` ${YOUR_TURN.label} `) : 0);
				return stringWidth(label) > room ? [`${label} (${stringWidth(label)} > ${room})`] : [];
			});
			expect(tooLong).toEqual([]);
		},
	);
});
