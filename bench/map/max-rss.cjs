// Preloaded into a benchmarked process: reports its peak resident memory on exit.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload script
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.AGGLOMERA_RSS_FILE)
    fs.writeFileSync(process.env.AGGLOMERA_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
