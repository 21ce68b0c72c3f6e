import {progressOf} from '../../scenario/progress.js';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {scenarioOf, stepDeclaration} from '../../scenario/scenarios/index.js';
import type {Results, ScenarioState, StepId, TeardownItem} from '../../scenario/types.js';
import {fitText} from '../shared/fit-text.js';
import {AttackStep, DetectionPanel} from '../attack/attack-panel.js';
import {Propagation} from '../propagation/propagation.js';
import {PolicyJson} from '../resources/resources.js';
import {MfaAge} from '../results/mfa-age.js';
import {Bypass, WithMfa, WithoutMfa} from '../results/results.js';
import {Teardown} from '../teardown/teardown.js';
import type {ResourceKind} from '../../resources/kinds.js';
import {RESOURCE_DETAILS} from '../../resources/detail.js';

export interface StepBodyProps {
	readonly step: StepId;
	readonly state: ScenarioState;
	readonly width: number;
	readonly rows: number;
}

/**
 * One labelled value. Identifiers (ARNs, serials, key ids) too wide are shortened at a boundary,
 * keeping their end (a role's name, a device's name; fit-text.ts); sentences and lists wrap between
 * words, since a cut would lose their meaning.
 */
function Field({
	label,
	value,
	width,
	prose = false,
}: {
	readonly label: string;
	readonly value?: string;
	readonly width: number;
	readonly prose?: boolean;
}) {
	const shown = value === undefined || prose ? value : fitText(value, width - stringWidth(label) - 2);
	return (
		<Text wrap={prose ? 'wrap' : 'truncate-end'}>
			<Text dimColor>{label}: </Text>
			{shown ?? '—'}
		</Text>
	);
}

/** The resources a step created or changed: each kind's fields, then its document (a trust policy) in the rows left. */
function Resources({
	kinds,
	state,
	width,
	rows,
}: {readonly kinds: readonly ResourceKind[]} & Omit<StepBodyProps, 'step'>) {
	const fields = kinds.flatMap((kind) => RESOURCE_DETAILS[kind].fields(state));
	const documents = kinds.flatMap((kind) => RESOURCE_DETAILS[kind].document?.(state) ?? []);
	return (
		<Box flexDirection='column'>
			{fields.map((field) => (
				<Field key={field.label} width={width} {...field} />
			))}
			{documents.map((document) => (
				<PolicyJson key={document} document={document} maxLines={Math.max(3, rows - fields.length - 1)} width={width} />
			))}
		</Box>
	);
}

/**
 * Whether teardown has deleted the principal an MFA session acts as: the role it assumed, or the demo
 * user whose key asked for it (not stolen-key's second user, whose items carry its name).
 */
function sessionEnded(session: Results['withMfa'], items: readonly TeardownItem[]): boolean {
	const principal = session?.assumedRoleArn ? 'role' : 'user';
	return items.some((item) => item.kind === principal && item.userName === undefined && item.status === 'done');
}

/** What a step did, from the state it left behind. */
export function StepBody({step, state, width, rows}: StepBodyProps) {
	const {resources, results} = state;
	const panel = stepDeclaration(state, step)?.panel;
	if (typeof panel === 'object') return <Resources kinds={panel.resources} state={state} width={width} rows={rows} />;
	switch (panel) {
		case 'policy':
			return (
				<Box flexDirection='column'>
					{resources.policy ? (
						<PolicyJson document={resources.policy.document} maxLines={Math.max(3, rows - 4)} width={width} />
					) : null}
					{state.propagation ? <Propagation propagation={state.propagation} width={width} /> : null}
				</Box>
			);
		case 'denied':
			return results.withoutMfa ? (
				<WithoutMfa
					result={results.withoutMfa}
					scenario={scenarioOf(state)}
					asking={progressOf(state, step).status === 'running'}
					width={width}
					rows={rows}
				/>
			) : null;
		case 'bypass':
			return results.bypass ? (
				<Bypass result={results.bypass} scenario={scenarioOf(state)} width={width} bucketRows={Math.max(1, rows - 3)} />
			) : null;
		case 'allowed':
			return results.withMfa ? (
				<WithMfa
					result={results.withMfa}
					scenario={scenarioOf(state)}
					width={width}
					bucketRows={Math.max(1, rows - 3)}
					sessionEnded={sessionEnded(results.withMfa, state.teardown.items)}
				/>
			) : null;
		case 'mfaAge':
			return (
				<MfaAge
					results={results}
					scenario={scenarioOf(state)}
					waiting={progressOf(state, step).status === 'running'}
					width={width}
				/>
			);
		case 'attack':
			return <AttackStep declaration={stepDeclaration(state, step)} state={state} width={width} rows={rows} />;
		case 'detection':
			return <DetectionPanel detection={results.detection} target={state.target} width={width} rows={rows} />;
		case 'teardown':
			return (
				<Teardown
					teardown={state.teardown}
					results={results}
					scenario={state.scenario}
					finished={state.phase.kind === 'finished'}
					width={width}
				/>
			);
		case undefined:
			return null;
		default: {
			const unknown: never = panel;
			return unknown;
		}
	}
}
