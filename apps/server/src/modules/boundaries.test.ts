// A module reaches another only through that module's index.ts (its public
// face): otherwise an area's internals become other areas' contract, and
// moving a file inside a module breaks modules that should not care.
// Files directly in modules/ (module.ts, privacy.ts, service-context.ts, the
// list) are the platform every module uses. The platform outside modules/ (app,
// HTTP, GraphQL wiring, jobs, test harness) is held to the same rule: it sees a
// module only through its index.ts. Test files may set up state through
// another module's services and are left out.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROLES } from "@lotse/domain/roles";

const MODULES = import.meta.dirname;
const SRC = path.dirname(MODULES);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** The module folder a path lies in ("volunteers"), or null outside modules/<name>/. */
function moduleOf(file: string): string | null {
  const parts = path.relative(MODULES, file).split(path.sep);
  return parts.length > 1 && parts[0] !== ".." ? parts[0]! : null;
}

/** Every import of `file` (static, type-only, re-export, dynamic) that enters another module other than by its index.ts. */
export function boundaryViolations(file: string, text = readFileSync(file, "utf8")): string[] {
  const own = moduleOf(file);
  // Files directly in modules/ are the platform's own and may wire internals (none do today).
  if (own === null && path.dirname(file) === MODULES) return [];
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .filter((specifier) => {
      const target = path.resolve(path.dirname(file), specifier);
      const other = moduleOf(target);
      return other !== null && other !== own && target !== path.join(MODULES, other, "index.ts");
    });
}

/** Relative imports of a file, resolved to paths. */
function relativeImports(file: string, text = readFileSync(file, "utf8")): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => path.resolve(path.dirname(file), specifier));
}

const BUILDER = path.join(SRC, "graphql", "builder.ts");
/**
 * The GraphQL layer: the Pothos builder and every file that builds on it
 * (types, queries, mutations, inputs, the schema). A per-request cache or the
 * viewer helpers beside it are not.
 */
function isGraphqlFile(file: string): boolean {
  if (file === BUILDER) return true;
  try {
    return relativeImports(file).includes(BUILDER);
  } catch {
    return false;
  }
}

/** Imports of a service, plain route or layout that enter the GraphQL layer. */
export function graphqlImports(file: string, text?: string): string[] {
  return relativeImports(file, text)
    .filter(isGraphqlFile)
    .map((target) => path.relative(path.dirname(file), target));
}

/**
 * Where a GraphQL file decides "who may" by itself instead of asking its
 * module's access.ts: a role named as a string ("COORDINATOR"), or a test of
 * someone's roles (`viewer.roles.includes(…)`). Enum values (`values: [...]`) are names
 * of other things that may be spelt like a role (a COUNSELLOR feed) and pass.
 */
export function roleNames(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const underEnumValues = (node: ts.Node): boolean => {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isPropertyAssignment(n) && n.name.getText(source) === "values") return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    const line = () => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && (ROLES as readonly string[]).includes(node.text) && !underEnumValues(node)) {
      found.push(`${line()}: "${node.text}"`);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ["includes", "some", "every", "indexOf", "find"].includes(node.name.text) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "roles"
    ) {
      found.push(`${line()}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("module boundaries", () => {
  it("finds every module folder's files", () => {
    const modules = new Set(sourceFiles(MODULES).map(moduleOf));
    expect([...modules]).toEqual(expect.arrayContaining(["identity", "organizations", "volunteers", "training", "audit"]));
  });

  it("a module imports another module only through its index.ts", () => {
    const violations = sourceFiles(MODULES).flatMap((file) =>
      boundaryViolations(file).map((specifier) => `${path.relative(MODULES, file)} imports ${specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it("the platform outside modules/ reaches a module only through its index.ts", () => {
    const platform = sourceFiles(SRC).filter((file) => !file.startsWith(MODULES + path.sep));
    expect(platform.length).toBeGreaterThan(20);
    const violations = platform.flatMap((file) =>
      boundaryViolations(file).map((specifier) => `${path.relative(SRC, file)} imports ${specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it("services, plain routes and layouts never import the GraphQL layer", () => {
    // Data flows HTTP -> resolver or route -> access -> service: a service that
    // imports a GraphQL type file ties the rules to the schema, and a route that
    // does drags the whole builder into the download path.
    const layered = sourceFiles(MODULES).filter((file) => {
      const parts = path.relative(MODULES, file).split(path.sep);
      return file.endsWith(".service.ts") || parts.includes("http") || parts.includes("render");
    });
    expect(layered.length).toBeGreaterThan(40);
    const violations = layered.flatMap((file) => graphqlImports(file).map((target) => `${path.relative(MODULES, file)} imports ${target}`));
    expect(violations).toEqual([]);
  });

  it("GraphQL files name no role: every field asks its module's access rules", () => {
    // A role written into a type file is a second "who may" beside access.ts,
    // which the plain routes and services do not see: the two drift apart.
    const graphql = sourceFiles(SRC).filter(isGraphqlFile);
    expect(graphql.length).toBeGreaterThan(40);
    const violations = graphql.flatMap((file) => roleNames(file).map((hit) => `${path.relative(SRC, file)}:${hit}`));
    expect(violations).toEqual([]);
  });

  it("catches a role named in authScopes, in a resolver or as a constant, but not an enum value", () => {
    const file = path.join(MODULES, "volunteers", "example.ts");
    const text = [
      `import { builder } from "../../graphql/builder.ts";`,
      `const coordinators = ["COORDINATOR"];`,
      `builder.queryFields((t) => ({`,
      `  a: t.int({ authScopes: (_r, _a, ctx) => !!ctx.viewer?.roles.includes("ADMIN"), resolve: () => 1 }),`,
      `  b: t.int({ authScopes: { may: mayReviewHours }, resolve: (_r, _a, ctx) => ctx.viewer?.roles ?? [] }),`,
      `}));`,
      `builder.enumType("CalendarFeedKind", { values: ["COUNSELLOR", "INTERPRETER"] as const });`,
    ].join("\n");
    expect(roleNames(file, text)).toEqual([`2: "COORDINATOR"`, `4: ctx.viewer?.roles.includes`, `4: "ADMIN"`]);
  });

  it("catches a service that imports a GraphQL type file", () => {
    const file = path.join(MODULES, "volunteers", "example.service.ts");
    const text = [`import { consentTranslation } from "./types.ts";`, `import { currentConsent } from "./registration.service.ts";`, `import { builder } from "../../graphql/builder.ts";`].join("\n");
    expect(graphqlImports(file, text)).toEqual(["types.ts", "../../graphql/builder.ts"]);
  });

  it("catches static, type-only, re-exported and dynamic imports of another module's internals", () => {
    const file = path.join(MODULES, "training", "example.ts");
    const text = [
      `import { myProfile } from "../volunteers/volunteers.service.ts";`,
      `import type { Viewer } from "../identity/sessions.ts";`,
      `export { audit } from "../audit/service.ts";`,
      `const settings = await import("../organizations/settings.ts");`,
      `import { dateString } from "../volunteers/index.ts";`,
      `import { places } from "./places.ts";`,
      `import { serviceCtx } from "../service-context.ts";`,
      `import { builder } from "../../graphql/builder.ts";`,
    ].join("\n");
    expect(boundaryViolations(file, text)).toEqual([
      "../volunteers/volunteers.service.ts",
      "../identity/sessions.ts",
      "../audit/service.ts",
      "../organizations/settings.ts",
    ]);
  });

  it("catches a platform file that imports a module's internals", () => {
    const file = path.join(SRC, "http", "example.ts");
    const text = [
      `import { resolveSession } from "../modules/identity/sessions.ts";`,
      `import { SESSION_COOKIE } from "../modules/identity/index.ts";`,
      `import { modules } from "../modules/index.ts";`,
      `import { serviceCtx } from "../modules/service-context.ts";`,
    ].join("\n");
    expect(boundaryViolations(file, text)).toEqual(["../modules/identity/sessions.ts"]);
  });
});
