// jest-light-runner runs tests and hooks without a time limit. This gives them jest's: the
// `timeout` argument of test/it/each and of the hooks, else the file's jest.setTimeout(ms),
// else the config's testTimeout. A test over its limit fails; as under jest's own runner, its
// work is not cancelled.
import { createRequire } from 'node:module';

const DEFAULT_TIMEOUT = createRequire(import.meta.url)('../../../jest.config.js').testTimeout;

const fileTimeouts = new Map();
const currentFile = () => globalThis.expect.getState().testPath;
const limitFor = (explicit) => explicit ?? fileTimeouts.get(currentFile()) ?? DEFAULT_TIMEOUT;

function timed(fn, ms, what) {
  if (typeof fn !== 'function') return fn;
  return (...args) => {
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms for ${what}.`)), ms);
    });
    const run =
      fn.length > args.length
        ? new Promise((resolve, reject) => fn(...args, (err) => (err ? reject(err) : resolve())))
        : Promise.resolve().then(() => fn(...args));
    return Promise.race([run, limit]).finally(() => clearTimeout(timer));
  };
}

function timedTest(original, what) {
  const wrapped = (name, fn, timeout) => {
    const ms = limitFor(timeout);
    return original(name, timed(fn, ms, `${what} "${name}"`), timeout);
  };
  wrapped.each =
    (...table) =>
    (name, fn, timeout) => {
      const ms = limitFor(timeout);
      return original.each(...table)(name, timed(fn, ms, `${what} "${name}"`), timeout);
    };
  for (const key of ['only', 'skip', 'todo', 'concurrent', 'failing']) {
    if (original[key] && key !== 'only') wrapped[key] = original[key];
  }
  if (original.only) wrapped.only = timedTest(original.only, what);
  return wrapped;
}

function timedHook(original, what) {
  return (fn, timeout) => original(timed(fn, limitFor(timeout), what), timeout);
}

globalThis.test = timedTest(globalThis.test, 'test');
globalThis.it = timedTest(globalThis.it, 'test');
globalThis.fit = globalThis.test.only;
for (const hook of ['beforeAll', 'beforeEach', 'afterAll', 'afterEach'])
  globalThis[hook] = timedHook(globalThis[hook], `a "${hook}" hook`);
globalThis.jest.setTimeout = (ms) => {
  fileTimeouts.set(currentFile(), ms);
  return globalThis.jest;
};
