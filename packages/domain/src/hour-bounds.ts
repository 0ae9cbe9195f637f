// The limits of an hour entry and the years accepted anywhere (see bounds.ts, which re-exports
// them): a file of their own, so the volunteer home's hour form loads these numbers alone.

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Years that settings, allowances and overviews accept. */
export const YEAR_RANGE: Range = { min: 2000, max: 2100 };

export const HOURS = {
  /** One entry is at most a whole day. */
  minutes: { min: 1, max: 1440 } satisfies Range,
  noteMax: 1000,
  /** Entries approved or refused at once. */
  reviewBatchMax: 500,
} as const;
