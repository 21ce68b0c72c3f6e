/*
 * The check dashboard as a state machine: which panel has the keys (principals, the matrix, one
 * cell's statement), where the cursor is, and the `/` filter. Events are what the person did.
 */
import type {CheckReport, PrincipalReport} from '../types.js';

export type Panel = 'principals' | 'matrix' | 'statement';

export interface CheckViewState {
	readonly panel: Panel;
	readonly principal: number;
	readonly action: number;
	readonly way: number;
	/** The filter text of the panel that has the keys (principals or actions). */
	readonly filter: string;
	readonly filtering: boolean;
}

export type CheckViewEvent =
	| {readonly type: 'moved'; readonly rows: number}
	| {readonly type: 'movedAcross'; readonly columns: number}
	| {readonly type: 'entered'}
	| {readonly type: 'left'}
	| {readonly type: 'filterStarted'; readonly text: string; readonly ends: boolean}
	| {readonly type: 'filterTyped'; readonly text: string; readonly ends: boolean}
	| {readonly type: 'filterErased'}
	| {readonly type: 'filterEnded'; readonly keep: boolean};

export const initialViewState: CheckViewState = {
	panel: 'principals',
	principal: 0,
	action: 0,
	way: 0,
	filter: '',
	filtering: false,
};

/** The principals the filter lets through (by name or kind). */
export function visiblePrincipals(report: CheckReport, state: CheckViewState): PrincipalReport[] {
	if (state.panel !== 'principals' || state.filter === '') return [...report.principals];
	const needle = state.filter.toLowerCase();
	return report.principals.filter((entry) =>
		`${entry.principal.kind} ${entry.principal.name}`.toLowerCase().includes(needle),
	);
}

/** The actions of the chosen principal the filter lets through. */
export function visibleActions(entry: PrincipalReport | undefined, state: CheckViewState): string[] {
	if (!entry) return [];
	if (state.panel === 'principals' || state.filter === '') return [...entry.actions];
	const needle = state.filter.toLowerCase();
	return entry.actions.filter((action) => action.toLowerCase().includes(needle));
}

export function chosenPrincipal(report: CheckReport, state: CheckViewState): PrincipalReport | undefined {
	return visiblePrincipals(report, state)[state.principal];
}

const clamp = (value: number, count: number) => Math.max(0, Math.min(value, count - 1));

export function updateView(report: CheckReport, state: CheckViewState, event: CheckViewEvent): CheckViewState {
	if (state.filtering) return updateFilter(state, event);
	switch (event.type) {
		case 'moved':
			return moved(report, state, event.rows);
		case 'movedAcross': {
			if (state.panel !== 'matrix') return state;
			const ways = chosenPrincipal(report, state)?.ways.length ?? 1;
			return {...state, way: clamp(state.way + event.columns, ways)};
		}
		case 'entered':
			return entered(report, state);
		case 'left':
			if (state.panel === 'statement') return {...state, panel: 'matrix'};
			if (state.panel === 'matrix') return {...state, panel: 'principals', filter: '', action: 0, way: 0};
			return {...state, filter: ''};
		case 'filterStarted':
			return state.panel === 'statement'
				? state
				: {
						...state,
						filtering: !event.ends,
						filter: event.text,
						action: 0,
						principal: state.panel === 'principals' ? 0 : state.principal,
					};
		default:
			return state;
	}
}

function moved(report: CheckReport, state: CheckViewState, rows: number): CheckViewState {
	if (state.panel === 'principals')
		return {...state, principal: clamp(state.principal + rows, visiblePrincipals(report, state).length)};
	if (state.panel === 'matrix') {
		const actions = visibleActions(chosenPrincipal(report, state), state).length;
		return {...state, action: clamp(state.action + rows, actions)};
	}
	return state;
}

function entered(report: CheckReport, state: CheckViewState): CheckViewState {
	if (state.panel === 'principals') {
		// The principal keeps its place once the list's filter is gone.
		const entry = chosenPrincipal(report, state);
		if (!entry) return state;
		return {...state, panel: 'matrix', principal: report.principals.indexOf(entry), filter: '', action: 0, way: 0};
	}
	if (state.panel === 'matrix')
		return visibleActions(chosenPrincipal(report, state), state).length > 0 ? {...state, panel: 'statement'} : state;
	return state;
}

function updateFilter(state: CheckViewState, event: CheckViewEvent): CheckViewState {
	switch (event.type) {
		case 'filterTyped':
			return {
				...state,
				filtering: !event.ends,
				filter: state.filter + event.text,
				principal: state.panel === 'principals' ? 0 : state.principal,
				action: 0,
			};
		case 'filterErased':
			return {...state, filter: state.filter.slice(0, -1)};
		case 'filterEnded':
			return {...state, filtering: false, filter: event.keep ? state.filter : ''};
		default:
			return state;
	}
}
