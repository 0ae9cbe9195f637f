// The order the browser-test files start in: vitest runs the files it has no timings
// for (a clean checkout, as in CI) largest first, which starts the accessibility
// sweep's files last: they are short (support/accessibility.ts does the work) but
// each runs about as long as the longest journeys, so one of them would run alone at
// the end while the other worker waits. They start first; the rest keep vitest's order
// (longest first once it has timings).
import { BaseSequencer, type TestSpecification } from "vitest/node";

const sweep = (file: TestSpecification) => /[\\/]accessibility-[^\\/]*\.test\.ts$/.test(file.moduleId);

export default class SweepFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(sweep), ...sorted.filter((file) => !sweep(file))];
  }
}
