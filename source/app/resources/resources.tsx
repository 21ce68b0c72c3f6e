import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Resources as ScenarioResources, Teardown} from '../../scenario/types.js';
import stringWidth from 'string-width';
import {fitAtBoundary, fitText, wrapWords} from '../shared/fit-text.js';
import {clipLines} from '../shared/format.js';
import {useTheme} from '../shared/theme.js';
import type {ResourceKind} from '../../resources/kinds.js';
import {DASHBOARD_WORDS} from '../../words/dashboard.js';
import {PANEL_WORDS as WORDS} from '../../words/panels.js';
import {PANEL_ROWS} from '../../resources/panel.js';
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

function fateLabel(kind: ResourceKind, fate: Exclude<ResourceFate, 'exists'>): string {
	if (fate === 'deleted') return WORDS.deleted[kind];
	return fate === 'deleting' ? WORDS.deleting : WORDS.leftBehindFate;
}

function Row({
	kind,
	value,
	fate = 'exists',
	width,
}: {
	readonly kind: ResourceKind;
	readonly value?: string;
	readonly fate?: ResourceFate;
	readonly width: number;
}) {
	const theme = useTheme();
	const color = theme.enabled;
	const gone = value !== undefined && fate === 'deleted';
	const fateWords = fate === 'exists' ? '' : ` ${fateLabel(kind, fate)}`;
	// Shortened at a boundary (a device keeps its name), never cut inside a word by the width; a
	// name that cannot be shortened beside its fate gives way to the fate (the teardown panel names it).
	const shown = value === undefined ? undefined : fitAtBoundary(value, width - LABEL_COLUMNS - stringWidth(fateWords));
	return (
		<Box>
			<Box width={LABEL_COLUMNS} flexShrink={0}>
				<Text dimColor>{rowLabel(kind)}</Text>
			</Box>
			{shown !== undefined || value === undefined ? (
				<Text wrap='truncate-end' dimColor={gone} strikethrough={gone && color}>
					{shown ?? '—'}
				</Text>
			) : null}
			{value !== undefined && fate !== 'exists' ? (
				<Box flexShrink={0}>
					<Text
						dimColor={fate !== 'leftBehind'}
						bold={fate === 'leftBehind'}
						color={fate === 'leftBehind' ? theme.danger : undefined}
					>
						{shown === undefined ? fateWords.trimStart() : fateWords}
					</Text>
				</Box>
			) : null}
		</Box>
	);
}

/** What exists right now, and what teardown has deleted. The access key's secret is never part of it. */
export const Resources = memo(function Resources({resources, teardown, width, policyLines, kinds}: ResourcesProps) {
	const fate = (kind: ResourceKind) => resourceFate(teardown, kind);
	// The first declared kind with a document to show, while it lives (the inline policy).
	const documented = kinds.find((kind) => PANEL_ROWS[kind].document?.(resources) !== undefined);
	const document =
		documented && fate(documented) === 'exists' ? PANEL_ROWS[documented].document?.(resources) : undefined;
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>{DASHBOARD_WORDS.resources}</Text>
			{kinds.map((kind) => (
				<Row
					key={kind}
					kind={kind}
					value={PANEL_ROWS[kind].value(resources, fate(kind) === 'exists')}
					fate={fate(kind)}
					width={width}
				/>
			))}
			{document !== undefined && policyLines > 0 ? (
				<PolicyJson document={document} maxLines={policyLines} width={width} />
			) : null}
		</Box>
	);
});

/** The policy pretty-printed, or summarised one line per statement when the JSON does not fit. */
export function PolicyJson({
	document,
	maxLines,
	width,
}: {
	readonly document: string;
	readonly maxLines: number;
	readonly width: number;
}) {
	const pretty = prettyPolicy(document).map((line) => fitText(line, width));
	const summary = summarisePolicy(document).flatMap((line) => wrapWords(line, width));
	const lines = pretty.length <= maxLines ? pretty : clipLines(summary, maxLines);
	return (
		<Box flexDirection='column'>
			{lines.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed document; the index is a stable key
				<Text key={index} wrap='truncate-end' dimColor>
					{line}
				</Text>
			))}
		</Box>
	);
}
