// Ends a jest run with one line a CI script can parse: "N passed, N failed".
// Suites that fail to load count as failures even though none of their tests ran.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryReporter;
