#!/usr/bin/env node
'use strict';
// The command line lives in TypeScript (src/cli); `npm install` compiles it to dist/ (the
// `prepare` script), and `npm run build` does it again after a change.
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('rapportsjekk: the command line is not built yet; run "npm run build" first\n');
    process.exit(2);
  }
  throw error;
}
cli.run();
