// Stands in for yoga-layout inside the dashboard script (scripts/build.mjs). yoga-layout's entry
// instantiates its WebAssembly with a top-level await, which a script cannot hold; the loader
// (source/app/boot/load-dashboard.ts) instantiates Yoga with yoga-layout/load once the script has run,
// and hands it over with provideYoga() before anything is laid out. Ink reads Yoga only inside its
// functions, never while its modules evaluate, and `Yoga` here is a live binding.
let Yoga;

export function provideYoga(instance) {
	Yoga = instance;
}

export {Yoga as default};
