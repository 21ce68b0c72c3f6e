import {useSyncExternalStore} from 'react';
import type {ScenarioController, ScenarioState} from '../../scenario/types.js';

/** The controller's current state; re-renders only when the controller announces a change. */
export function useScenarioState(controller: ScenarioController): ScenarioState {
	return useSyncExternalStore(
		(onChange) => controller.subscribe(() => onChange()),
		() => controller.getState(),
	);
}
