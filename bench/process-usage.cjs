// Preloaded (`node --require`) into a CLI process the bench runs: on exit, writes the
// process's peak RSS (kB) and CPU time (user + system, ms) as JSON to the file named by
// BENCH_USAGE_FILE, which Node's child_process cannot report for a child. CPU time shows
// what the command costs even when other work shares the machine's cores.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_USAGE_FILE;
if (file)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
  });
