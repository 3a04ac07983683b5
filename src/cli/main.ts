import { Command } from 'commander';
import { registerAgreementCommand } from './commands/agreement';
import { registerBuyinCommands } from './commands/buyin';
import { registerCodeCommand } from './commands/code-suggest';
import { registerDemoCommand } from './commands/demo';
import { registerEventsCommand, registerImportEventsCommand } from './commands/events';
import { registerImportCommand } from './commands/import';
import { registerOrgCommand } from './commands/org';
import { loadProjectCoder } from './commands/project-coder';
import { registerResearchCommands } from './commands/research';
import { registerSignalsCommands } from './commands/signals-warnings';
import { registerStartCommand } from './commands/start';

const program = new Command()
  .name('tandem')
  .description('Tandem runs the sales–marketing interface: buy-in, linkages, signals and research.\nConfiguration comes from environment variables: see README "Configuration".')
  .showHelpAfterError();

registerStartCommand(program);
registerDemoCommand(program);
registerImportCommand(program);
registerImportEventsCommand(program.commands.find((command) => command.name() === 'import') as Command);
registerEventsCommand(program);
registerSignalsCommands(program);
registerOrgCommand(program);
registerAgreementCommand(program);
registerResearchCommands(program);
registerBuyinCommands(program);
registerCodeCommand(program, { loadProjectCoder });

await program.parseAsync(process.argv);
