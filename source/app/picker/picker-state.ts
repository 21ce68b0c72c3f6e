import {SCENARIO_NAMES, type ScenarioName} from '../../scenario/declaration.js';

/** The highlighted scenario after an arrow key: up and down stop at the ends, as a list does. */
export function movePick(current: ScenarioName, direction: 'up' | 'down'): ScenarioName {
	const index = SCENARIO_NAMES.indexOf(current);
	const next = direction === 'up' ? Math.max(0, index - 1) : Math.min(SCENARIO_NAMES.length - 1, index + 1);
	return SCENARIO_NAMES[next] ?? current;
}
