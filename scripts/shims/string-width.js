// Stands in for string-width inside the dashboard script (scripts/build.mjs); see
// source/app/boot/text-width.ts for why. `require`, not `import`: esbuild then evaluates
// string-width, and the RGI emoji expression it builds as it loads, only on its first call.
import {narrowTextWidth} from '../../source/app/boot/text-width.ts';

export default function stringWidth(text, options) {
	return narrowTextWidth(text, options) ?? require('string-width').default(text, options);
}
