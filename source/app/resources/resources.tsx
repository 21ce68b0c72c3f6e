import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Resources as ScenarioResources} from '../../scenario/types.js';
import {clipLines} from '../shared/format.js';
import {prettyPolicy, summarisePolicy} from './policy-json.js';

export interface ResourcesProps {
	readonly resources: ScenarioResources;
	readonly width: number;
	/** Lines available for the policy JSON; 0 shows only its name. */
	readonly policyLines: number;
}

function Row({label, value}: {readonly label: string; readonly value?: string}) {
	return (
		<Box>
			<Box width={11} flexShrink={0}>
				<Text dimColor>{label}</Text>
			</Box>
			<Text wrap="truncate-middle">{value ?? '—'}</Text>
		</Box>
	);
}

/** What exists right now. The access key's secret is never part of it. */
export const Resources = memo(function Resources({resources, width, policyLines}: ResourcesProps) {
	const {user, mfaDevice, accessKey, policy} = resources;
	const device = mfaDevice ? `${mfaDevice.serialNumber}${mfaDevice.enabled ? ' (enabled)' : ''}` : undefined;
	const policyLabel = policy ? `${policy.policyName}${policy.inForce ? ' (in force)' : ''}` : undefined;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>Resources</Text>
			<Row label="user" value={user?.userName} />
			<Row label="MFA device" value={device} />
			<Row label="access key" value={accessKey?.accessKeyId} />
			<Row label="policy" value={policyLabel} />
			{policy && policyLines > 0 ? <PolicyJson document={policy.document} maxLines={policyLines} /> : null}
		</Box>
	);
});

/** The policy pretty-printed, or summarised one line per statement when the JSON does not fit. */
export function PolicyJson({document, maxLines}: {readonly document: string; readonly maxLines: number}) {
	const pretty = prettyPolicy(document);
	const lines = pretty.length <= maxLines ? pretty : clipLines(summarisePolicy(document), maxLines);
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Lines of a fixed document: the index is a stable key.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap={pretty.length <= maxLines ? 'truncate-end' : 'wrap'} dimColor>
					{line}
				</Text>
			))}
		</Box>
	);
}
