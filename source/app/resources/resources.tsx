import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Resources as ScenarioResources, Teardown} from '../../scenario/types.js';
import {fitText} from '../shared/fit-text.js';
import {clipLines} from '../shared/format.js';
import {useColor} from '../shared/theme.js';
import type {ResourceKind} from '../../resources/kinds.js';
import {rowLabel} from '../../words/resources.js';
import {resourceFate, type ResourceFate} from './fate.js';
import {prettyPolicy, summarisePolicy} from './policy-json.js';

export interface ResourcesProps {
	readonly resources: ScenarioResources;
	/** Marks each resource deleted (or left behind) as its teardown item ends. */
	readonly teardown: Teardown;
	readonly width: number;
	/** Lines available for the policy JSON; 0 shows only its name. */
	readonly policyLines: number;
	/** What the scenario creates (its declaration), one row each, in the order they are created. */
	readonly kinds: readonly ResourceKind[];
}

/** The widest label ("role policy") and a space. */
const LABEL_COLUMNS = 12;

const FATE_LABELS: Record<Exclude<ResourceFate, 'exists'>, string> = {
	deleting: 'deleting…',
	// A tick: deleting it was the point. A cross would read as a failure.
	deleted: '✓ deleted',
	leftBehind: '! left behind',
};

function Row({
	label,
	value,
	fate = 'exists',
	width,
}: {
	readonly label: string;
	readonly value?: string;
	readonly fate?: ResourceFate;
	readonly width: number;
}) {
	const color = useColor();
	const gone = value !== undefined && fate === 'deleted';
	// Shortened at a boundary (a device keeps its name), never cut inside a word by the width.
	// (A row being deleted has too little room left beside its fate for a name to stay whole.)
	const shown = value === undefined || fate !== 'exists' ? value : fitText(value, width - LABEL_COLUMNS);
	return (
		<Box>
			<Box width={LABEL_COLUMNS} flexShrink={0}>
				<Text dimColor>{label}</Text>
			</Box>
			<Text wrap='truncate-middle' dimColor={gone} strikethrough={gone && color}>
				{shown ?? '—'}
			</Text>
			{value !== undefined && fate !== 'exists' ? (
				<Box flexShrink={0}>
					<Text
						dimColor={fate !== 'leftBehind'}
						bold={fate === 'leftBehind'}
						color={color && fate === 'leftBehind' ? 'red' : undefined}
					>
						{` ${FATE_LABELS[fate]}`}
					</Text>
				</Box>
			) : null}
		</Box>
	);
}

/** A row's value: the resource's name (or id), with what it is now while it lives. */
function rowValue(kind: ResourceKind, resources: ScenarioResources, live: boolean): string | undefined {
	const {user, mfaDevice, accessKey, policy, role, managedPolicy} = resources;
	switch (kind) {
		case 'user':
			return user?.userName;
		case 'virtualMfaDevice':
			// "(enabled)" and "(in force)" describe a live resource; they go once its deletion starts.
			return mfaDevice && `${mfaDevice.serialNumber}${mfaDevice.enabled && live ? ' (enabled)' : ''}`;
		case 'accessKey':
			return accessKey?.accessKeyId;
		case 'userPolicy':
			return policy && `${policy.policyName}${policy.inForce && live ? ' (in force)' : ''}`;
		case 'role':
			return role?.roleName;
		case 'managedPolicy':
			return managedPolicy?.policyName;
	}
}

/** What exists right now, and what teardown has deleted. The access key's secret is never part of it. */
export const Resources = memo(function Resources({resources, teardown, width, policyLines, kinds}: ResourcesProps) {
	const {policy} = resources;
	const fate = (kind: ResourceKind) => resourceFate(teardown, kind);
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>Resources</Text>
			{kinds.map((kind) => (
				<Row
					key={kind}
					label={rowLabel(kind)}
					value={rowValue(kind, resources, fate(kind) === 'exists')}
					fate={fate(kind)}
					width={width}
				/>
			))}
			{policy && policyLines > 0 && fate('userPolicy') === 'exists' ? (
				<PolicyJson document={policy.document} maxLines={policyLines} />
			) : null}
		</Box>
	);
});

/** The policy pretty-printed, or summarised one line per statement when the JSON does not fit. */
export function PolicyJson({document, maxLines}: {readonly document: string; readonly maxLines: number}) {
	const pretty = prettyPolicy(document);
	const lines = pretty.length <= maxLines ? pretty : clipLines(summarisePolicy(document), maxLines);
	return (
		<Box flexDirection='column'>
			{lines.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed document; the index is a stable key
				<Text key={index} wrap={pretty.length <= maxLines ? 'truncate-end' : 'wrap'} dimColor>
					{line}
				</Text>
			))}
		</Box>
	);
}
