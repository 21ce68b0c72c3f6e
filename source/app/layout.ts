import {MIN_COLUMNS, MIN_ROWS} from './too-small/too-small.js';

/** Where the panels go for a terminal size. Designed for 80x24; extra room goes to the policy and the trace. */
export interface DashboardLayout {
	readonly tooSmall: boolean;
	readonly columns: number;
	/** Ink leaves the cursor on the line after the frame, so the frame is one row short of the screen. */
	readonly frameRows: number;
	/** Between the header and the status bar. */
	readonly bodyRows: number;
	readonly leftWidth: number;
	readonly rightWidth: number;
	/** Steps, resources and the detail panel. */
	readonly topRows: number;
	readonly traceRows: number;
	/** Policy JSON lines in the resources panel (0 at 80x24: the detail panel shows it instead). */
	readonly policyLines: number;
}

/** What the left column lists: the scenario's steps and resource rows (each with its heading). */
export interface PanelRows {
	readonly steps: number;
	readonly resources: number;
}

/** Today's session-token and force-mfa: 8 steps, 4 resources. */
const DEFAULT_PANELS: PanelRows = {steps: 8, resources: 4};

export function dashboardLayout(columns: number, rows: number, panels: PanelRows = DEFAULT_PANELS): DashboardLayout {
	const frameRows = rows - 1;
	const bodyRows = frameRows - 2;
	const leftWidth = columns >= 110 ? 52 : 34;
	// A scenario with more steps or resources than the default takes its rows from the trace.
	const extra = panels.steps - DEFAULT_PANELS.steps + panels.resources - DEFAULT_PANELS.resources;
	const traceRows = Math.max(3, Math.min(10, bodyRows - 21 + 7) - Math.max(0, extra));
	const topRows = bodyRows - traceRows;
	const spare = topRows - (panels.steps + 1) - 1 - (panels.resources + 1);
	return {
		tooSmall: columns < MIN_COLUMNS || rows < MIN_ROWS,
		columns,
		frameRows,
		bodyRows,
		leftWidth,
		rightWidth: columns - leftWidth - 1,
		topRows,
		traceRows,
		policyLines: spare >= 8 ? spare : 0,
	};
}

export type QrFit = 'withHeader' | 'compact' | 'none';

/** Whether the QR code (qrRows × qrColumns) fits with the header and status bar, alone, or not at all. */
export function qrFit(layout: DashboardLayout, qrRows: number, qrColumns: number, minSideWidth = 30): QrFit {
	if (layout.columns - qrColumns - 1 < minSideWidth) return 'none';
	if (layout.bodyRows >= qrRows) return 'withHeader';
	if (layout.frameRows >= qrRows) return 'compact';
	return 'none';
}
