// Injected into the dashboard script, where the build replaces every `Intl.Segmenter` with this
// class (scripts/build.mjs); see source/app/shared/text-segments.ts for why.
export {NarrowFirstSegmenter} from '../../source/app/shared/text-segments.ts';
