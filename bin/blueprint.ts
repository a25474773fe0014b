// Entry point of the `blueprint` CLI (see lib/cli for the commands).
export { main } from '../lib/cli/main';
