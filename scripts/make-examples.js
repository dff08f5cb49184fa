// `npm run examples`: regenerates examples/*.xlsx and examples/README.md (after `npm run build`).
const path = require('path');
const { writeExamples } = require('../dist/dev/tools/make-examples');

writeExamples(path.join(__dirname, '..', 'examples')).then(
  (written) => process.stdout.write(`${written.map((f) => path.relative(process.cwd(), f)).join('\n')}\n`),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
