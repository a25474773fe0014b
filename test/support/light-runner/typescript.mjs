// Test files and the sources they load are TypeScript, compiled on load by tsx (the loader the
// CLI uses in development); type checking is the separate `tsc --noEmit` step of `npm test`.
import { createRequire } from 'node:module';
import { register } from 'tsx/esm/api';

register();
createRequire(import.meta.url)('tsx/cjs/api').register();
