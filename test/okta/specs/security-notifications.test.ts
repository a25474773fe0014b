// Okta's end-user security notification emails: every one on, with suspicious activity reporting.
import { securityNotificationSpecs } from '../../../lib/okta/specs/security-notifications';

describe('securityNotificationSpecs', () => {
  test('one org-wide setting with every notification and suspicious activity reporting on', () => {
    expect(securityNotificationSpecs()).toEqual([
      {
        type: 'okta:index/securityNotificationEmails:SecurityNotificationEmails',
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
    ]);
  });
});
