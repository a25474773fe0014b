// Okta's end-user security notification emails, all on (Okta's HealthInsight tasks): a new
// sign-on, a factor enrolled or reset, a password changed, and a "this wasn't me" link in
// each (suspicious activity reporting). One org-wide setting; declared so a change by hand
// shows up as drift, whatever the defaults of a new org.
import { OKTA } from '../okta-types';
import type { ResourceSpec } from '../spec';

export function securityNotificationSpecs(): ResourceSpec[] {
  return [
    {
      type: OKTA.securityNotificationEmails,
      name: 'security-notification-emails',
      component: 'SecurityNotifications',
      inputs: {
        reportSuspiciousActivityEnabled: true,
        sendEmailForNewDeviceEnabled: true,
        sendEmailForFactorEnrollmentEnabled: true,
        sendEmailForFactorResetEnabled: true,
        sendEmailForPasswordChangedEnabled: true,
      },
      options: {},
    },
  ];
}
