// Text the database cannot store is refused at the door, with a typed answer
// naming the input, instead of failing deep inside a query as an internal
// error: a NUL character (PostgreSQL text cannot hold it) and a lone UTF-16
// surrogate (not a character at all: it would be stored as U+FFFD, or break
// whatever encodes it later, such as a link or a PDF).
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { translate } from "../i18n/messages.ts";

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** The path of the first string in `value` that cannot be stored, e.g. "input.name". */
function firstUnstorable(value: unknown, path: string): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnstorable(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (!isStorableText(key)) return path;
      const found = firstUnstorable(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

// A document is parsed once and then shared by every request that sends it
// (yoga's parse cache, the persisted documents), so its literals are checked once.
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function unstorableLiteral(document: DocumentNode): boolean {
  let found = checkedDocuments.get(document);
  if (found === undefined) checkedDocuments.set(document, (found = findUnstorableLiteral(document)));
  return found;
}

function findUnstorableLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (!isStorableText(node.value)) found = true;
    },
  });
  return found;
}

export function useTextInputGuard(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const field = firstUnstorable(args.variableValues ?? {}, "");
      if (field === null && !unstorableLiteral(args.document)) return;
      const ctx = args.contextValue as Context;
      // Variables are named as the operation declares them ("input.name"), the way ValidationError names fields.
      setResultAndStopExecution({
        errors: [new GraphQLError(translate(ctx.locale ?? "de", "error.invalidText"), { extensions: { code: "VALIDATION", field } })],
      });
    },
  };
}
