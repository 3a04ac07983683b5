/** CLI output: results on stdout, progress and problems on stderr, one line each. */
export const out = (line: string) => process.stdout.write(`${line}\n`);
export const note = (line: string) => process.stderr.write(`${line}\n`);

/** Prints a failure as `tandem <command>: <message>` and sets the exit code, without a stack trace. */
export function fail(command: string, error: unknown, exitCode = 1): void {
  const message = error instanceof Error ? error.message : String(error);
  note(`tandem ${command}: ${message}`);
  process.exitCode = exitCode;
}
