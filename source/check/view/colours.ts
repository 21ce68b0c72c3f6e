import type {ColourRole} from '../../theme/palettes.js';
import type {Decision, Severity} from '../types.js';

/**
 * What each decision and severity means, as a colour of the theme (--theme, STS_MFA_THEME, or the
 * terminal's background: source/theme/); the glyphs already differ in shape (output/glyphs.ts).
 */
export const DECISION_ROLE: Record<Decision, ColourRole> = {
	allowed: 'success',
	explicitDeny: 'danger',
	implicitDeny: 'muted',
};
export const SEVERITY_ROLE: Record<Severity, ColourRole> = {high: 'danger', medium: 'warning', low: 'accent'};
