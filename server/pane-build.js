'use strict';
/** Building dist/pane with webpack, and knowing when the build is out of date (npm start, tests). */
const fs = require('fs');
const path = require('path');
const { ROOT, PANE_DIR } = require('./pane-state');

/** Everything the pane is built from. */
const SOURCES = ['src/taskpane', 'src/engine', 'src/hosts', 'src/report', 'assets', 'examples', 'webpack.config.js', 'package.json'];

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, name)));
  return newest;
}

/** True when both pages exist in dist/pane and are newer than every source. */
function buildIsCurrent() {
  const built = path.join(PANE_DIR, 'taskpane.html');
  if (!fs.existsSync(built) || !fs.existsSync(path.join(PANE_DIR, 'index.html'))) return false;
  const builtAt = fs.statSync(built).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(ROOT, source)) <= builtAt);
}

/**
 * A production build into dist/pane (or outputPath, which webpack empties first); resolves with
 * the seconds it took.
 */
function buildPane(outputPath = undefined) {
  const webpack = require('webpack');
  const config = require('../webpack.config.js')({ outputPath }, { mode: 'production' });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve((stats.endTime - stats.startTime) / 1000);
    });
  });
}

module.exports = { SOURCES, buildIsCurrent, buildPane };
