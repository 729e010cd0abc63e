/** Vitest reporter: each unit test's elapsed time against its timeout (see timeout-margins.ts). */
import type { Reporter, TestModule, Vitest } from "vitest/node";
import { reportMargins, type Timing } from "./timeout-margins.ts";

export default class VitestTimeoutMargins implements Reporter {
  private defaultTimeout = 5000;

  onInit(vitest: Vitest): void {
    this.defaultTimeout = vitest.config.testTimeout;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timings: Timing[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const ms = test.diagnostic()?.duration;
        if (ms === undefined) continue;
        timings.push({
          name: `${module.relativeModuleId} > ${test.fullName}`,
          ms,
          timeout: test.options.timeout ?? this.defaultTimeout,
        });
      }
    }
    // Only the gate's unit step (npm run test:unit) records figures: a run of a few files would
    // replace them with its own slowest test.
    const group = process.env.npm_lifecycle_event === "test:unit" ? "unit-tests" : undefined;
    reportMargins(group, timings, this.defaultTimeout);
  }
}
