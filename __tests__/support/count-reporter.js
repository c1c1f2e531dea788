// Prints the plain closing line CI reads: `tests: N passed, N failed, N skipped`, plus every skip reason.
export default class CountReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const reasons = new Set();
    for (const file of results.testResults) {
      for (const test of file.testResults) if (test.status === 'pending') reasons.add(test.fullName);
    }
    for (const reason of reasons) console.log(`skipped: ${reason}`);
    const failedSuites =
      results.numFailedTestSuites - results.numFailedTests > 0 ? results.numRuntimeErrorTestSuites : 0;
    console.log(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests + failedSuites} failed, ${skipped} skipped`,
    );
  }
}
