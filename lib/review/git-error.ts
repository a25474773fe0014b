// A git problem on the review path (not a repository, an unknown ref, a shallow clone, a
// config folder outside the repository): a one-line message the CLI prints as a usage error.
export class GitError extends Error {}
