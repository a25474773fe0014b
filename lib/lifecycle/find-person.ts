// Finds a person of the directory by config id or email, with a clear error (and a "did
// you mean") when there is none.
import { didYouMean } from '../model/did-you-mean';
import type { DirectoryPerson, LifecycleDirectory } from './lifecycle-directory';

export class UnknownPersonError extends Error {
  override readonly name = 'UnknownPersonError';
}

export function findPerson(directory: LifecycleDirectory, idOrEmail: string): DirectoryPerson {
  const key = idOrEmail.trim().toLowerCase();
  const person = directory.people.find((p) => p.id === key || p.email.toLowerCase() === key);
  if (person) return person;
  throw new UnknownPersonError(
    `unknown person "${idOrEmail}": ${didYouMean(
      key,
      directory.people.map((p) => p.id),
    )}use a person id from config/it/people.yaml`,
  );
}

/** The person with this email, if the config has one (events from Okta name users by login). */
export function personByEmail(directory: LifecycleDirectory, email: string): DirectoryPerson | undefined {
  const key = email.toLowerCase();
  return directory.people.find((p) => p.email.toLowerCase() === key);
}
