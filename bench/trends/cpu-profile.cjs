/**
 * Preloaded into the child API by `bench:trends --cpu-prof DIR` (NODE_OPTIONS=--require, since NODE_OPTIONS may not
 * carry --cpu-prof itself): profiles its CPU from start to exit and writes DIR/api-<pid>.cpuprofile, for Chrome
 * DevTools or any .cpuprofile viewer.
 */
const { Session } = require('inspector');
const { mkdirSync, writeFileSync } = require('fs');
const { join } = require('path');

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  // 100 µs samples: Node's --cpu-prof default is 1 ms, too coarse for a request of a few milliseconds.
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
  // A same-thread inspector session answers synchronously, so the profile is written before the process ends.
  process.on('exit', () =>
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `api-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    }),
  );
}
