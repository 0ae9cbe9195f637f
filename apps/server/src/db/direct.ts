// Reads sent straight through the driver adapter, past Prisma Client. Every
// request resolves its caller with one statement (the session lookup); through
// `$queryRaw` that statement costs about 270 µs of Node CPU, of which the
// adapter and `pg` take about 60: the rest is Prisma Client's request pipeline
// (serialising the query, its engine protocol, deserialising the result). A
// read that runs on every request and needs none of that goes through here.
//
// Raw SQL passes no client extension, so the tenancy extension does not apply:
// only reads that are tenant-agnostic by nature belong here (a session token
// leads to its user and to the organisations that user is an active member of;
// no organisation-owned row is reached except through that membership).
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./client.ts";

export type Row = Record<string, unknown>;

export interface DirectSql {
  /** The rows of one statement, as objects by column name; values as the driver gives them. */
  query(sql: Prisma.Sql): Promise<Row[]>;
}

export interface DirectSqlConnection extends DirectSql {
  close(): Promise<void>;
}

/**
 * Over a connection of its own from `factory` (PostgreSQL: a pool of its own;
 * PGlite: the same single database, whose queries wait for any open
 * transaction), opened on first use.
 */
export function directSql(factory: SqlDriverAdapterFactory): DirectSqlConnection {
  let adapter: Promise<SqlDriverAdapter> | null = null;
  return {
    async query(sql) {
      adapter ??= factory.connect();
      const result = await (await adapter).queryRaw({
        sql: sql.text,
        args: sql.values,
        argTypes: sql.values.map(() => ({ scalarType: "unknown", arity: "scalar" })),
      });
      const { columnNames } = result;
      return result.rows.map((values) => {
        const row: Row = {};
        for (let i = 0; i < columnNames.length; i++) row[columnNames[i]!] = values[i];
        return row;
      });
    },
    async close() {
      const open = adapter;
      adapter = null;
      if (open) await (await open).dispose();
    },
  };
}

/** The same through Prisma Client: inside a transaction, or where no adapter is at hand. */
export function prismaSql(db: Db): DirectSql {
  return { query: (sql) => db.$queryRaw<Row[]>(sql) };
}
