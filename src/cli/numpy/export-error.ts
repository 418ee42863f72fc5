/** An expression of a lesson that the numpy export cannot translate. */
export class ExportError extends Error {
  constructor(what: string) {
    super(`not supported by export --numpy: ${what}`);
    this.name = 'ExportError';
  }
}
