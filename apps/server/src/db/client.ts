// One factory for Prisma Client over the chosen driver adapter (see adapter.ts).
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma } from "../generated/prisma/client.ts";

export type { PrismaClient };
/** A client or the client of an open transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

export interface PrismaClientOptions {
  /**
   * "minimal" (the default): error messages without the pretty-printed call
   * site, which Prisma otherwise builds from a stack trace for every failed
   * query. The benchmark passes "pretty" to measure the difference.
   */
  errorFormat?: "minimal" | "pretty";
}

export function createPrismaClient(factory: SqlDriverAdapterFactory, { errorFormat = "minimal" }: PrismaClientOptions = {}): PrismaClient {
  return new PrismaClient({ adapter: factory, errorFormat });
}
