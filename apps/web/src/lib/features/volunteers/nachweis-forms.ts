// Shared by the Nachweis panel and its actions (nachweis-actions.ts).

/** The refusal's name of one Nachweis's withdraw form (the panel lists several). */
export const withdrawFormName = (number: number) => `withdraw-${number}`;
