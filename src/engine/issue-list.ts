/** Collects the problems found while compiling a lesson, each at its place in the document. */
import type { MathNode } from 'mathjs';
import type { DocPath } from '../lesson/model.js';
import { numbers } from './algebra.js';
import { ExpressionError } from './errors.js';
import { evaluate } from './evaluate.js';
import { parseChecked } from './guard.js';
import type { Mat } from './matrix.js';
import type { LessonIssue } from './types.js';

/** Problems found so far, with parsing and evaluating that record their failures. */
export class IssueList {
  readonly items: LessonIssue[] = [];

  add(path: DocPath, message: string, column?: number): void {
    this.items.push(column === undefined ? { path, message } : { path, message, column });
  }

  /** Parses `text`; on failure records the problem at `path` and returns undefined. */
  parse(text: string, path: DocPath): MathNode | undefined {
    try {
      return parseChecked(text);
    } catch (error) {
      this.fromError(error, path);
      return undefined;
    }
  }

  /** Evaluates numerically; on failure records the problem at `path`. */
  evaluate(node: MathNode, scope: Map<string, Mat<number>>, text: string, path: DocPath) {
    try {
      return evaluate(node, { algebra: numbers, scope, source: text });
    } catch (error) {
      this.fromError(error, path);
      return undefined;
    }
  }

  fromError(error: unknown, path: DocPath): void {
    if (error instanceof ExpressionError) this.add(path, error.message, error.problem.column);
    else throw error;
  }
}
