// `npm run docs`: regenerates docs/rules from the rule meta (after `npm run build`).
const { writeRuleDocs } = require('../dist/dev/tools/make-rule-docs');

const changed = writeRuleDocs();
process.stdout.write(changed.length === 0 ? 'docs/rules is up to date\n' : `docs/rules: updated ${changed.join(', ')}\n`);
