// The example org's mixed pull request, as a reviewer sees it every week: two joiners, one
// privileged grant (an incident responder into aws-admins) and one new app.
import type { Edit } from './config-edits';

export const MIXED_PR: readonly Edit[] = [
  {
    file: 'it/people.yaml',
    append: `  - id: zoe-park
    name: Zoe Park
    email: zoe.park@acme.example
    department: sales
    title: Account Executive
    manager: james-carter
    type: employee
    start: "2026-11-30"
  - id: omar-haddad
    name: Omar Haddad
    email: omar.haddad@acme.example
    department: product
    title: Product Designer
    type: employee
    start: "2026-12-07"
`,
  },
  {
    file: 'security/privileged.yaml',
    from: '      - { person: ravi-patel,',
    to: '      - { person: mei-chen, until: "2026-12-20", reason: "INC-4211 database failover" }\n      - { person: ravi-patel,',
  },
  {
    file: 'it/apps.yaml',
    append: `  - id: miro
    name: Miro
    vendor: Miro
    owner: it
    risk: medium
    data: internal
    lastVendorReview: "2026-09-01"
    groups: [product]
    sso:
      type: saml
      ssoUrl: https://miro.com/sso/saml
      audience: https://miro.com
`,
  },
];
