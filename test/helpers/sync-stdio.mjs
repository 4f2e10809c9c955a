// Preloaded by the test scripts (package.json) in the runner and in each test file's process: stdout and stderr
// write synchronously. The scripts pass --test-force-exit (a test file's process could stay alive after its last
// test under --import tsx), and a forced exit drops what a pipe has not yet written: the last verdicts of a file
// were lost, the file counted fewer tests and still passed (nodejs/node#64833; 4 of 724 tests once here). Written
// synchronously, nothing is left to drop.
for (const stream of [process.stdout, process.stderr]) stream._handle?.setBlocking?.(true);
