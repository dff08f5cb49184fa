/**
 * manifest.xml against the Office add-in manifest XSDs, offline (the schemas are vendored in
 * schemas/office-manifest/). Both validators are exercised: native xmllint
 * when it is installed (CI), and xmllint-wasm, which every checkout has.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, hasNativeXmllint } = require('../../scripts/validate-manifest.js') as {
  validateManifest(file?: string, options?: { tool?: 'xmllint' | 'xmllint-wasm' }): Promise<{ valid: boolean; errors: string[]; tool: string }>;
  hasNativeXmllint(): boolean;
};

const MANIFEST = path.resolve(__dirname, '../../manifest.xml');
type Tool = 'xmllint' | 'xmllint-wasm';
const TOOLS: Tool[] = ['xmllint-wasm', ...(hasNativeXmllint() ? (['xmllint'] as const) : [])];

function brokenCopy(edit: (xml: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, edit(fs.readFileSync(MANIFEST, 'utf8')));
  return file;
}

describe.each(TOOLS)('validated with %s', (tool) => {
  test('manifest.xml is valid', async () => {
    const result = await validateManifest(MANIFEST, { tool });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('a manifest with an unknown permission is rejected', async () => {
    const file = brokenCopy((xml) => xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    const result = await validateManifest(file, { tool });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  });

  test('a manifest with elements out of order is rejected', async () => {
    const file = brokenCopy((xml) => xml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'));
    expect((await validateManifest(file, { tool })).valid).toBe(false);
  });
});
