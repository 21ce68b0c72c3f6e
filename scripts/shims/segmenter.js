// Injected into the dashboard script, where the build replaces every `Intl.Segmenter` with this
// class (scripts/build.mjs); see source/app/boot/text-segments.ts for why.
export {NarrowFirstSegmenter} from '../../source/app/boot/text-segments.ts';
