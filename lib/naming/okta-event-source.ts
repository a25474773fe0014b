// Names both engines must agree on: the Okta program declares its System Log stream with this
// event source name, and the AWS side derives the partner event bus it listens on from it.
// Below both engines, so neither imports the other.

/**
 * The EventBridge event source name of the Okta log stream: 1-75 letters, digits, `.` and `_`.
 * EventBridge itself also allows `-`, but the Okta provider validates the name with
 * `^[\\.\\-_A-Za-z0-9]{1,75}$` in a Go raw string, a class without `-` (it reads `\-_` as the
 * range `\`..`_`), so a hyphen fails the first deploy: every other character becomes `_`
 * (`acme-okta-system-log` → `acme_okta_system_log`).
 */
export const eventSourceName = (name: string) => name.replace(/[^A-Za-z0-9._]/g, '_').slice(0, 75);
