// The one copy of @actions/core every bundle imports (dist/toolkit/core.js, beside the actions' folders):
// scripts/build.js maps each bundle's '@actions/core' here instead of bundling it again.
export * from '@actions/core';
