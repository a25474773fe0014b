// Names both engines must agree on: the Okta program declares its System Log stream with this
// event source name, and the AWS side derives the partner event bus it listens on from it.
// Below both engines, so neither imports the other.

/** EventBridge partner event source names are 1-75 of A-Z a-z 0-9 . - _ */
export const eventSourceName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 75);
