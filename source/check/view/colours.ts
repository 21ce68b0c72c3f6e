import type {Decision, Severity} from '../types.js';

/** Colours for Ink's <Text color>; the glyphs already differ in shape (output/glyphs.ts). */
export const DECISION_COLOUR: Record<Decision, string> = {allowed: 'green', explicitDeny: 'red', implicitDeny: 'gray'};
export const SEVERITY_COLOUR: Record<Severity, string> = {high: 'red', medium: 'yellow', low: 'cyan'};
