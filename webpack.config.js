/**
 * Builds the two pages into dist/pane/: taskpane.html (the pane Excel opens; loads office.js),
 * index.html (the browser page; loads nothing from any other host), the JS chunks, assets/
 * (icons for the manifest) and examples/ (the "Prøv med eksempel" file). `npm run build:prod`
 * (server/build-prod.js) builds the same into another folder (env.outputPath) with a manifest.
 *
 * No Babel and no polyfills: Excel runs the pane in a current browser engine (WebView2, Safari,
 * the browser itself for Excel on the web). TypeScript is only transpiled here; `npm test`
 * type-checks with tsc. The browser-mode code and ExcelJS are split into lazy chunks, so the
 * Excel add-in does not download the file reader it never uses.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = __dirname;
const OUT = path.join(ROOT, 'dist', 'pane');

/** Copies whole folders (or filtered files) into the output; small, so no copy plugin needed. */
class CopyFilesPlugin {
  constructor(copies) {
    this.copies = copies;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CopyFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyFilesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const { from, to, filter = () => true } of this.copies) {
          const dir = path.join(ROOT, from);
          compilation.contextDependencies.add(dir);
          if (!fs.existsSync(dir)) continue;
          for (const name of fs.readdirSync(dir)) {
            const file = path.join(dir, name);
            if (!fs.statSync(file).isFile() || !filter(name)) continue;
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`${to}/${name}`, new sources.RawSource(fs.readFileSync(file)));
          }
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || 'production';
  const production = mode === 'production';
  return {
    mode,
    target: 'web',
    context: ROOT,
    entry: { taskpane: './src/taskpane/index.tsx', page: './src/taskpane/page.tsx' },
    output: {
      path: env.outputPath || OUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: {
        // ExcelJS's own browser build (bundles its Node polyfills); only the lazy xlsx chunk uses it.
        exceljs$: path.join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js'),
      },
      // Shared host code may name Node modules in paths the browser never takes.
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false },
    },
    module: {
      // Already minified and self-contained; parsing it only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              // ES modules so webpack can tree-shake Fluent UI and split the lazy chunks.
              compilerOptions: { module: 'es2020', target: 'es2020', sourceMap: !production, declaration: false },
            },
          },
        },
      ],
    },
    plugins: [
      // One template, two pages: only the pane Excel opens loads office.js and allows its CDN.
      ...[
        { filename: 'taskpane.html', chunk: 'taskpane', inExcel: true },
        { filename: 'index.html', chunk: 'page', inExcel: false },
      ].map(
        ({ filename, chunk, inExcel }) =>
          new HtmlWebpackPlugin({ template: './src/taskpane/page.html', filename, chunks: [chunk], scriptLoading: 'defer', templateParameters: { inExcel } }),
      ),
      new CopyFilesPlugin([
        { from: 'assets', to: 'assets' },
        { from: 'src/taskpane/legacy', to: 'legacy' },
        { from: 'examples', to: 'examples', filter: (name) => name.endsWith('.xlsx') },
      ]),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // No shared chunk of our own code between the lazy chunks: the template layout, used
          // by both the Excel adapter and the file writer, is copied into each, so Excel loads
          // the entry and its adapter and nothing else.
          default: false,
          // Named, so a test can check that only the browser page loads it.
          exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: 'exceljs', chunks: 'async', priority: 10, enforce: true },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      // Either page's entry; the lazy xlsx chunk is large by nature and is not counted here.
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    stats: 'errors-warnings',
  };
};
