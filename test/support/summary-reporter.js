// Prints the totals as the very last line, "N passed, N failed", which CI reads.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    // After jest's own summary, which is written to stderr.
    process.stderr.write('');
    setImmediate(() => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
