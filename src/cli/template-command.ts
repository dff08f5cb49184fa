/**
 * `rapportsjekk template`: writes the empty template workbook, generated from the template
 * definition. An existing file is left alone unless --force says otherwise.
 */
import { promises as fs } from 'fs';
import { Command, Option } from 'commander';
import { TEMPLATE_VERSION } from '../engine';
import type { Lang } from '../engine';
import { CommandContext, errorDetail, langOption, reportFailure, resolvePath, subcommand } from './context';
import { CLI_TEXT } from './texts';

export const DEFAULT_TEMPLATE_FILE = 'rapportmal.xlsx';

interface TemplateOptions {
  readonly out: string;
  readonly force?: boolean;
  readonly lang: Lang;
}

async function run(ctx: CommandContext, options: TemplateOptions): Promise<number> {
  const text = CLI_TEXT[options.lang];
  const target = resolvePath(ctx.io, options.out);
  try {
    const { writeTemplate } = await import('../hosts/xlsx/template-writer');
    const bytes = await writeTemplate();
    // 'wx' fails if the file exists, with no window between a check and the write.
    await fs.writeFile(target, bytes, { flag: options.force === true ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
    reportFailure(ctx.io, exists ? null : options.out, exists ? text.templateExists(options.out) : text.cannotWrite(errorDetail(error)));
    return 2;
  }
  ctx.io.stdout.write(`${text.templateWritten(options.out, TEMPLATE_VERSION)}\n`);
  return 0;
}

export function registerTemplateCommand(program: Command, ctx: CommandContext): void {
  const text = CLI_TEXT[ctx.lang];
  subcommand(program, 'template', text.templateDescription, text.commandUsage)
    .addOption(new Option('-o, --out <file>', text.templateOutOption).default(DEFAULT_TEMPLATE_FILE))
    .addOption(new Option('--force', text.forceOption))
    .addOption(langOption(text.langOption, ctx))
    .action(async (options: TemplateOptions) => {
      ctx.exitCode = await run(ctx, options);
    });
}
