/**
 * The one error type of the command line: what went wrong and what to do, in one line, with
 * the exit code it ends the program with. Only main.ts turns it into output.
 */
import { EXIT } from './exit-codes.js';

/** An error the user can fix: printed as `dl-tutor: <message>`, then exit `exitCode`. */
export class CliError extends Error {
  readonly exitCode: number;

  /**
   * @example new CliError('unknown stage "dW9"; stages: Z, A, ... (see "dl-tutor run")')
   */
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
