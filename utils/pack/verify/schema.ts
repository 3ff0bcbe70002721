import type { Schema } from '../../schema/kit';
import { schemaProblems as problemsOf } from '../../schema/problems';
import type { CheckMessage } from '../types';

/**
 * The verifier's schema check: every way in which `value` departs from a schema of the evidence model
 * (utils/evidence/, the strict build), each as a check message that names its place ("$.captures[0].id is …") and is
 * worded in the reader's language (pack.messages' `schema.*`, the kinds of value `kind.*`). It lists every problem
 * instead of stopping at the first, so that a verifier names them all.
 */
export function schemaProblems(
  value: unknown,
  schema: Schema,
  path = '$',
  problems: CheckMessage[] = [],
): CheckMessage[] {
  // The schema's problems are the `schema.*` and `kind.*` messages of the pack catalog, by construction (kit.ts).
  for (const problem of problemsOf(value, schema, path)) problems.push(problem as CheckMessage);
  return problems;
}
