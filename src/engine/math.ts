/**
 * The two mathjs instances of the engine.
 *
 * - `parseAnswer` parses learner and author text. Its instance has the dangerous functions
 *   disabled, and the engine never evaluates a parsed tree with mathjs: the evaluator in
 *   evaluate.ts walks an allow-list of node types (allowed-syntax.ts) itself.
 * - `algebra` does the engine's own symbolic work (simplify, derivative) on trees the engine built.
 *   It is a separate instance because disabling a function disables it instance-wide.
 */
import {
  create,
  derivativeDependencies,
  parseDependencies,
  simplifyDependencies,
  type FactoryFunctionMap,
  type MathNode,
} from 'mathjs';

// The typings mark each dependency bundle as possibly undefined; mathjs always exports them.
const factories = (bundles: Record<string, unknown>) => bundles as FactoryFunctionMap;

const learnerMath = create(factories({ parseDependencies }));
const parse = learnerMath.parse;

function disabled(name: string): () => never {
  return () => {
    throw new Error(`${name} is disabled`);
  };
}

learnerMath.import(
  Object.fromEntries(
    [
      'import',
      'createUnit',
      'evaluate',
      'parse',
      'simplify',
      'derivative',
      'reviver',
      'compile',
    ].map((name) => [name, disabled(name)]),
  ),
  { override: true },
);

/**
 * Parses an expression into a mathjs tree. Throws mathjs' SyntaxError, whose `char` is the
 * 1-based position of the problem.
 *
 * @example parseExpression("(Y - T) * A'")
 */
export function parseExpression(text: string): MathNode {
  return parse(text);
}

/** The instance for the engine's own symbolic work. Never sees learner text unchecked. */
export const algebraMath = create(
  factories({ simplifyDependencies, derivativeDependencies, parseDependencies }),
);
