// Loads Prisma's schema engine as WebAssembly so migrations need no native
// binary (the Prisma CLI would download one, which fails offline).
//
// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`,
// which only bundlers understand, so the glue module is imported directly and
// fed an instance compiled here.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "../pglite.ts";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { paths } from "./paths.ts";

export type { SchemaEngine, SchemaFilter, SchemasContainer };

/** Lotse keeps every table under Prisma's management. */
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

// Reading and compiling the module is done once per process: vitest
// re-evaluates this file per test file (fresh module registry), so the
// compiled module lives on globalThis, shared by all of them in one worker.
const MODULE_KEY = Symbol.for("lotse.schemaEngineWasm.module");
type GlobalWithCache = typeof globalThis & { [MODULE_KEY]?: Promise<WebAssembly.Module> };

function compiledModule(): Promise<WebAssembly.Module> {
  const g = globalThis as GlobalWithCache;
  g[MODULE_KEY] ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    return WebAssembly.compile(bytes);
  })();
  return g[MODULE_KEY];
}

// The glue keeps the instance in a module-level variable, so exactly one
// instance may exist per evaluation of the glue module.
let instantiated: Promise<void> | undefined;

interface PanicRegistry {
  get(): string;
  set_message(message: string): void;
}
type GlobalWithPanics = typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

function installPanicRegistry(): void {
  // The Rust panic hook writes its message here (`global.PRISMA_WASM_PANIC_REGISTRY`);
  // without it a panic surfaces as a bare "unreachable" RuntimeError.
  const g = globalThis as GlobalWithPanics;
  if (g.PRISMA_WASM_PANIC_REGISTRY) return;
  let last = "";
  g.PRISMA_WASM_PANIC_REGISTRY = {
    get: () => last,
    set_message: (message: string) => {
      last = `RuntimeError: ${message}`;
    },
  };
}

export function loadSchemaEngineWasm(): Promise<void> {
  instantiated ??= (async () => {
    installPanicRegistry();
    const module = await compiledModule();
    const imports: Record<string, unknown> = { ...bg };
    // The engine races its advisory-lock wait against a 10 s setTimeout that it
    // never clears, so every CLI run would linger 10 s after finishing.
    // Unref'd, the timer still fires while the lock wait keeps the socket busy.
    for (const name of Object.keys(imports)) {
      if (!name.startsWith("__wbg_setTimeout_")) continue;
      const original = imports[name] as (callback: unknown, ms: number) => unknown;
      imports[name] = (callback: unknown, ms: number) => {
        const timer = original(callback, ms);
        (timer as { unref?: () => void } | null)?.unref?.();
        return timer;
      };
    }
    const instance = await WebAssembly.instantiate(module, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

/** Version hash of the bundled schema engine (prisma-engines commit). */
export async function schemaEngineVersion(): Promise<string> {
  await loadSchemaEngineWasm();
  return bg.version();
}

/**
 * The multi-file schema as the engine takes it: every `*.prisma` file of the
 * folder, in name order so that diffs and error messages are stable.
 */
export function readSchema(schemaDir: string = paths().schemaDir): SchemasContainer {
  const names = readdirSync(schemaDir)
    .filter((name) => name.endsWith(".prisma"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new Error(`No .prisma files in ${schemaDir}`);
  return {
    files: names.map((name) => {
      const file = path.join(schemaDir, name);
      return { path: file, content: readFileSync(file, "utf8") };
    }),
  };
}

export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
  constructor(
    message: string,
    readonly code?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

type Methods = Pick<
  SchemaEngine,
  | "applyMigrations"
  | "createMigration"
  | "devDiagnostic"
  | "diagnoseMigrationHistory"
  | "diff"
  | "evaluateDataLoss"
  | "markMigrationApplied"
  | "markMigrationRolledBack"
  | "reset"
  | "schemaPush"
  | "dbExecute"
  | "version"
>;

export interface MigrationEngine {
  /** The schema the engine was created with (also the target of diffs). */
  readonly schema: SchemasContainer;
  /** Calls an engine method, turning engine/adapter failures into readable errors. */
  run<M extends keyof Methods>(method: M, input: Parameters<Methods[M]>[0]): Promise<Awaited<ReturnType<Methods[M]>>>;
  /** Frees the engine and closes every connection it opened. */
  close(): Promise<void>;
}

export interface OpenEngineOptions {
  /** Defaults to the files of `<repoRoot>/prisma/schema/`. */
  schema?: SchemasContainer;
  /**
   * Connection for the shadow database; defaults to a fresh in-memory PGlite.
   * The engine wipes the shadow before use, so this must be disposable.
   */
  shadowDb?: () => Promise<SqlDriverAdapter>;
  /** Receives the engine's tracing output (noisy; for debugging). */
  debug?: (line: string) => void;
}

function translateError(
  error: unknown,
  method: string,
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
): Error {
  // Adapter errors travel through the engine as ids; the registry holds the original.
  const id = (error as { id?: unknown } | null)?.id;
  const captured = typeof id === "number" ? factory.errorRegistry.consumeError(id) : undefined;
  if (captured) {
    const original = captured.error as unknown;
    if (original instanceof Error) return original;
    return new SchemaEngineError(`${method}: database error ${JSON.stringify(original)}`, undefined, { cause: error });
  }
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = (globalThis as GlobalWithPanics).PRISMA_WASM_PANIC_REGISTRY?.get();
    return new SchemaEngineError(`${method}: schema engine panicked: ${panic || error.message}`, undefined, { cause: error });
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    // Engine messages end in a Rust span trace ("   0: schema_engine_wasm::..."), noise for users.
    const message = error.message.replace(/\n\s*0: [\s\S]*$/, "").trim();
    return new SchemaEngineError(
      `${method}: ${typeof code === "string" ? `${code} ` : ""}${message}`,
      typeof code === "string" ? code : undefined,
      { cause: error },
    );
  }
  return new SchemaEngineError(`${method}: ${String(error)}`);
}

interface ScriptableInternals {
  client?: { exec?: (sql: string) => Promise<unknown>; query?: (sql: string) => Promise<unknown> };
  onError?: (error: unknown) => never;
}

/**
 * Replaces the adapters' `executeScript`, which the engine uses to run whole
 * migration files, because neither stock implementation is safe for that:
 * - pglite-prisma-adapter 0.7.2 does not await `exec`, so a failing migration
 *   is recorded as applied and the error escapes as an unhandled rejection;
 * - @prisma/adapter-pg 7.10 splits the script on every `;`, which breaks
 *   hand-written functions and trigger bodies (`$$ ... ; ... $$`).
 * Sending the script as one simple-protocol query is what the native engine
 * does, so behaviour (one implicit transaction per file) matches `prisma migrate`.
 */
function fixExecuteScript(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as SqlDriverAdapter & ScriptableInternals;
  const client = internals.client;
  const run =
    adapter.adapterName === "pglite-prisma-adapter"
      ? client?.exec?.bind(client)
      : adapter.adapterName === "@prisma/adapter-pg"
        ? client?.query?.bind(client)
        : undefined;
  if (!run) return adapter;
  adapter.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      // onError maps database errors to DriverAdapterError (which the engine understands) and throws.
      if (internals.onError) internals.onError(error);
      throw error;
    }
  };
  return adapter;
}

/**
 * The shadow database only replays the migration files to learn the schema
 * they produce. A throwaway in-memory PGlite serves for every backend: it
 * needs no CREATE DATABASE privilege on a real server (adapter-pg's own
 * shadow also leaves its admin pool open, keeping the process alive), and
 * unlike the PGlite adapter's own shadow it is closed afterwards.
 */
async function connectThrowawayShadow(): Promise<SqlDriverAdapter> {
  const pglite = newPGlite();
  await pglite.waitReady;
  const adapter = await new PrismaPGlite(pglite).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await pglite.close();
  };
  return adapter;
}

/**
 * A factory for one engine's lifetime. Besides the two fixes above:
 * - the engine never disposes the connections it opens (`free()` does not
 *   reach JS), and a pg pool then keeps the process alive until its idle
 *   timeout, so every connection is tracked and closed with the engine;
 * - the engine serialises migrators with `pg_advisory_lock` and never unlocks
 *   (it relies on the session ending); a one-connection pool keeps the lock and
 *   the migration on the same session, so the lock holds exactly as long as
 *   the engine is open.
 */
export function migrationSafeFactory(
  factory: SqlMigrationAwareDriverAdapterFactory,
  connectShadow: () => Promise<SqlDriverAdapter> = connectThrowawayShadow,
): SqlMigrationAwareDriverAdapterFactory & {
  disposeAll(): Promise<void>;
} {
  const pgConfig = (factory as { config?: PoolConfig }).config;
  const base: SqlMigrationAwareDriverAdapterFactory =
    factory.adapterName === "@prisma/adapter-pg" && pgConfig ? new PrismaPg({ ...pgConfig, max: 1 }) : factory;
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    // Idempotent: pg throws when a pool is ended twice, and the engine may yet learn to dispose.
    adapter.dispose = () => {
      open.delete(adapter);
      disposed ??= dispose();
      return disposed;
    };
    open.add(adapter);
    return adapter;
  };
  return {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => track(fixExecuteScript(await base.connect())),
    connectToShadowDb: async () => track(fixExecuteScript(await connectShadow())),
    disposeAll: async () => {
      await Promise.allSettled([...open].map((a) => a.dispose()));
    },
  };
}

export async function openMigrationEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: OpenEngineOptions = {},
): Promise<MigrationEngine> {
  await loadSchemaEngineWasm();
  const schema = options.schema ?? readSchema();
  const safe = migrationSafeFactory(factory, options.shadowDb);
  const bound = bindMigrationAwareSqlAdapterFactory(safe);
  const debug = options.debug ?? (() => {});
  let engine: SchemaEngine;
  try {
    engine = await bg.SchemaEngine.new(
      { datamodels: schema.files.map((f) => [f.path, f.content] as [string, string]) },
      debug,
      bound,
    );
  } catch (error) {
    await safe.disposeAll();
    throw translateError(error, "connect", bound);
  }
  let closed = false;
  return {
    schema,
    async run(method, input) {
      if (closed) throw new Error("schema engine already closed");
      try {
        // Called as a method: the wasm-bindgen wrapper needs `this` for its pointer.
        return await (engine[method] as (this: SchemaEngine, i: typeof input) => Promise<never>).call(engine, input);
      } catch (error) {
        throw translateError(error, method, bound);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await safe.disposeAll();
    },
  };
}
