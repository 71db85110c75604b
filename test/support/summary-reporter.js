/**
 * Ends the output with the plain line CI reads ("N passed, N failed"). Jest adds its own summary
 * reporter after every configured one, so the line is written when the process exits.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that could not run (e.g. a syntax error) has no failed test but must count as a failure.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
    process.once("exit", () => process.stderr.write(`${line}\n`));
  }
}

module.exports = PlainSummaryReporter;
