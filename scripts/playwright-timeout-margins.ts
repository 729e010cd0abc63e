/** Playwright reporter: each e2e test's elapsed time against its timeout (see timeout-margins.ts). */
import type { FullConfig, Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { reportMargins, type Timing } from "./timeout-margins.ts";

export default class PlaywrightTimeoutMargins implements Reporter {
  private defaultTimeout = 30_000;
  private readonly last = new Map<TestCase, Timing>();

  onBegin(config: FullConfig): void {
    this.defaultTimeout = config.projects[0]?.timeout ?? this.defaultTimeout;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried test keeps its last attempt.
    this.last.set(test, {
      name: test.titlePath().slice(2).join(" > "),
      ms: result.duration,
      timeout: test.timeout,
    });
  }

  onEnd(): void {
    reportMargins(undefined, [...this.last.values()], this.defaultTimeout);
  }

  printsToStdio(): boolean {
    return false;
  }
}
