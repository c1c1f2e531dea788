import { writeFileSync } from 'node:fs';

// Prints the plain closing line CI reads (`tests: N passed, N failed, N skipped`) and every skip with its
// reason. Under CI=true a skipped test fails the run: CI has every service, so nothing may skip there.
export default class CountReporter {
  #error;

  onRunComplete(_contexts, results) {
    const skipped = [];
    for (const file of results.testResults) {
      for (const test of file.testResults)
        if (test.status === 'pending' || test.status === 'todo') skipped.push(test.fullName);
    }
    for (const name of skipped) console.log(`skipped: ${name}`);
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped.length} skipped`;
    console.log(line);
    // .ci/run prints this again as its very last line.
    if (process.env.CI_KIT_TEST_SUMMARY) writeFileSync(process.env.CI_KIT_TEST_SUMMARY, `${line}\n`);
    if (process.env.CI === 'true' && skipped.length) {
      this.#error = new Error(`${skipped.length} test(s) skipped under CI=true; nothing may skip in CI`);
      console.log(`error: ${this.#error.message}`);
    }
  }

  getLastError() {
    return this.#error;
  }
}
