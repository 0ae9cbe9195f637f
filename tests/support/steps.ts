// The steps of one story in a browser test file (sign up, then approve, then
// log hours ...): each step is a test of its own, and a step that fails marks
// the steps after it skipped, naming the failed step, instead of letting each
// of them fail on the state the broken step did not leave behind. A file's
// independent tests use plain `it` and set up what they need with the
// factories of @lotse/testing.
import { it, type TestContext } from "vitest";

export function storySteps() {
  let broken: string | null = null;
  return function step(name: string, body: (context: TestContext) => Promise<void>, timeout?: number) {
    it(
      name,
      async (context) => {
        if (broken) context.skip(`needs the earlier step "${broken}", which failed`);
        try {
          await body(context);
        } catch (error) {
          broken = name;
          throw error;
        }
      },
      timeout,
    );
  };
}
