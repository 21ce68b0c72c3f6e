import {progressOf} from '../../scenario/progress.js';
import {Box, Text} from 'ink';
import {scenarioOf, stepDeclaration} from '../../scenario/scenarios/index.js';
import type {ScenarioState, StepId} from '../../scenario/types.js';
import {Propagation} from '../propagation/propagation.js';
import {PolicyJson} from '../resources/resources.js';
import {MfaAge} from '../results/mfa-age.js';
import {WithMfa, WithoutMfa} from '../results/results.js';
import {Teardown} from '../teardown/teardown.js';

export interface StepBodyProps {
	readonly step: StepId;
	readonly state: ScenarioState;
	readonly width: number;
	readonly rows: number;
}

/**
 * One labelled value. Identifiers (ARNs, serials, key ids) are cut in the middle when too wide, where
 * both ends still tell them apart; sentences and lists wrap, since a cut would lose their meaning.
 */
function Field({
	label,
	value,
	prose = false,
}: {
	readonly label: string;
	readonly value?: string;
	readonly prose?: boolean;
}) {
	return (
		<Text wrap={prose ? 'wrap' : 'truncate-middle'}>
			<Text dimColor>{label}: </Text>
			{value ?? '—'}
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
					<Field label='user' value={resources.user?.userName} />
					<Field label='ARN' value={resources.user?.arn} />
					<Field label='path' value={resources.user?.path ?? state.names.path} />
					<Field prose label='tags' value={state.names.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')} />
				</Box>
			);
		case 'mfaDevice':
			return (
				<Box flexDirection='column'>
					<Field label='serial' value={resources.mfaDevice?.serialNumber} />
					<Field
						label='enabled'
						value={resources.mfaDevice ? (resources.mfaDevice.enabled ? 'yes' : 'not yet') : undefined}
					/>
					<Field
						prose
						label='seed'
						value={resources.mfaDevice ? 'held in memory only (shown beside the QR code on request)' : undefined}
					/>
				</Box>
			);
		case 'accessKey':
			return (
				<Box flexDirection='column'>
					<Field label='access key id' value={resources.accessKey?.accessKeyId} />
					<Field prose label='secret' value={resources.accessKey ? 'held in memory only — never shown' : undefined} />
				</Box>
			);
		case 'policy':
			return (
				<Box flexDirection='column'>
					{resources.policy ? (
						<PolicyJson document={resources.policy.document} maxLines={Math.max(3, rows - 4)} />
					) : null}
					{state.propagation ? <Propagation propagation={state.propagation} width={width} /> : null}
				</Box>
			);
		case 'role':
			return (
				<Box flexDirection='column'>
					<Field label='role' value={resources.role?.arn} />
					<Field label='managed policy' value={resources.managedPolicy?.arn} />
					{resources.role ? (
						<PolicyJson document={resources.role.trustPolicy} maxLines={Math.max(3, rows - 3)} />
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
