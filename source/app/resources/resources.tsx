import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Resources as ScenarioResources, Teardown} from '../../scenario/types.js';
import {clipLines} from '../shared/format.js';
import {useColor} from '../shared/theme.js';
import {resourceFate, ROW_ITEMS, type ResourceFate} from './fate.js';
import {prettyPolicy, summarisePolicy} from './policy-json.js';

export interface ResourcesProps {
	readonly resources: ScenarioResources;
	/** Marks each resource deleted (or left behind) as its teardown item ends. */
	readonly teardown: Teardown;
	readonly width: number;
	/** Lines available for the policy JSON; 0 shows only its name. */
	readonly policyLines: number;
	/** The scenario creates a role (assume-role): one more row. */
	readonly showRole?: boolean;
}

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
}: {
	readonly label: string;
	readonly value?: string;
	readonly fate?: ResourceFate;
}) {
	const color = useColor();
	const gone = value !== undefined && fate === 'deleted';
	return (
		<Box>
			<Box width={11} flexShrink={0}>
				<Text dimColor>{label}</Text>
			</Box>
			<Text wrap='truncate-middle' dimColor={gone} strikethrough={gone && color}>
				{value ?? '—'}
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

/** What exists right now, and what teardown has deleted. The access key's secret is never part of it. */
export const Resources = memo(function Resources({resources, teardown, width, policyLines, showRole}: ResourcesProps) {
	const {user, mfaDevice, accessKey, policy, role} = resources;
	const fate = (row: keyof typeof ROW_ITEMS) => resourceFate(teardown, ROW_ITEMS[row]);
	const live = (row: keyof typeof ROW_ITEMS) => fate(row) === 'exists';
	// "(enabled)" and "(in force)" describe a live resource; they go once its deletion starts.
	const device = mfaDevice
		? `${mfaDevice.serialNumber}${mfaDevice.enabled && live('mfaDevice') ? ' (enabled)' : ''}`
		: undefined;
	const policyLabel = policy
		? `${policy.policyName}${policy.inForce && live('policy') ? ' (in force)' : ''}`
		: undefined;
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>Resources</Text>
			<Row label='user' value={user?.userName} fate={fate('user')} />
			<Row label='MFA device' value={device} fate={fate('mfaDevice')} />
			<Row label='access key' value={accessKey?.accessKeyId} fate={fate('accessKey')} />
			<Row label='policy' value={policyLabel} fate={fate('policy')} />
			{showRole ? <Row label='role' value={role?.roleName} fate={fate('role')} /> : null}
			{policy && policyLines > 0 && live('policy') ? (
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
