import {progressOf} from '../../scenario/progress.js';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {scenarioOf, stepDeclaration} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';
import {fitText} from '../shared/fit-text.js';
import {AttackStep, DetectionPanel} from '../attack/attack-panel.js';
import {Propagation} from '../propagation/propagation.js';
import {PolicyJson} from '../resources/resources.js';
import {MfaAge} from '../results/mfa-age.js';
import {Bypass, WithMfa, WithoutMfa} from '../results/results.js';
import {Teardown} from '../teardown/teardown.js';
import {STEP_FIELD_WORDS as WORDS} from '../../words/step-fields.js';

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

/** What a step did, from the state it left behind. */
export function StepBody({step, state, width, rows}: StepBodyProps) {
	const {resources, results} = state;
	const panel = stepDeclaration(state, step)?.panel;
	switch (panel) {
		case 'user':
			return (
				<Box flexDirection='column'>
					<Field width={width} label={WORDS.labels.user} value={resources.user?.userName} />
					<Field width={width} label={WORDS.labels.arn} value={resources.user?.arn} />
					<Field width={width} label={WORDS.labels.path} value={resources.user?.path ?? state.names.path} />
					<Field
						prose
						width={width}
						label={WORDS.labels.tags}
						value={state.names.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')}
					/>
				</Box>
			);
		case 'mfaDevice':
			return (
				<Box flexDirection='column'>
					<Field width={width} label={WORDS.labels.serial} value={resources.mfaDevice?.serialNumber} />
					<Field
						width={width}
						label={WORDS.labels.enabled}
						value={resources.mfaDevice ? (resources.mfaDevice.enabled ? WORDS.yes : WORDS.notYet) : undefined}
					/>
					<Field
						prose
						width={width}
						label={WORDS.labels.seed}
						value={resources.mfaDevice ? WORDS.seedHeld : undefined}
					/>
				</Box>
			);
		case 'accessKey':
			return (
				<Box flexDirection='column'>
					<Field width={width} label={WORDS.labels.accessKeyId} value={resources.accessKey?.accessKeyId} />
					<Field
						prose
						width={width}
						label={WORDS.labels.secret}
						value={resources.accessKey ? WORDS.secretHeld : undefined}
					/>
				</Box>
			);
		case 'policy':
			return (
				<Box flexDirection='column'>
					{resources.policy ? (
						<PolicyJson document={resources.policy.document} maxLines={Math.max(3, rows - 4)} width={width} />
					) : null}
					{state.propagation ? <Propagation propagation={state.propagation} width={width} /> : null}
				</Box>
			);
		case 'role':
			return (
				<Box flexDirection='column'>
					<Field width={width} label={WORDS.labels.role} value={resources.role?.arn} />
					<Field width={width} label={WORDS.labels.managedPolicy} value={resources.managedPolicy?.arn} />
					{resources.role ? (
						<PolicyJson document={resources.role.trustPolicy} maxLines={Math.max(3, rows - 3)} width={width} />
					) : null}
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
					sessionEnded={state.teardown.items.some((item) => item.kind === 'user' && item.status === 'done')}
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
