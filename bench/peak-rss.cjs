// Preloaded (`node --require`) into a CLI process the bench runs: on exit, writes the
// process's peak RSS in kB to the file named by BENCH_PEAK_RSS_FILE, which Node's
// child_process cannot report for a child.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
