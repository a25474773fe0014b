// Threat detection and alerting: GuardDuty, Security Hub, AWS Config, Access Analyzer, the
// CIS metric-filter alarms, break-glass alarms and the EventBridge rules that page
// (lib/aws/threat-detection.ts, security-alarms.ts, finding-alerts.ts, okta-event-alerts.ts,
// okta-event-archive.ts, okta-log-heartbeat.ts).
import { CIS_METRIC_FILTERS } from '../../aws/cis-metric-filters';
import type { Control } from './control';

const AREA = 'Threat detection and alerting';

/** The CIS recommendations the metric-filter alarms implement (4.1–4.15 in v3.0.0), each
 * compared with the benchmark's own pattern in test/aws/cis-monitoring-benchmark.test.ts. */
const CIS_ALARMED = `${CIS_METRIC_FILTERS[0].cis}–${CIS_METRIC_FILTERS[CIS_METRIC_FILTERS.length - 1].cis}`;

export const DETECTION_CONTROLS: readonly Control[] = [
  {
    id: 'guardduty',
    area: AREA,
    title: 'GuardDuty watches every account for threats',
    soc2: ['CC7.2'],
    iso27001: ['A.8.16'],
    cis: [],
    assess: ({ model, line }) => {
      const g = model.monitoring.guardDuty;
      return {
        implemented: g.enabled,
        config: line('monitoring', 'guardDuty', 'enabled'),
        resource: g.enabled ? 'AWS::GuardDuty::Detector (auto-enabled for the organization)' : 'none',
        notes: g.enabled
          ? `delegated administrator: ${model.monitoring.auditAccount}${g.s3Protection ? '; S3 protection on' : ''}`
          : 'guardDuty.enabled is false',
      };
    },
  },
  {
    id: 'security-hub',
    area: AREA,
    title: 'Security Hub checks every account against security standards',
    soc2: ['CC7.1'],
    iso27001: ['A.8.9', 'A.8.16'],
    cis: ['4.16'],
    assess: ({ model, line }) => {
      const h = model.monitoring.securityHub;
      const on = h.enabled && h.standards.length > 0;
      return {
        implemented: on,
        config: line('monitoring', 'securityHub', h.enabled ? 'standards' : 'enabled'),
        resource: on
          ? 'AWS::SecurityHub::Hub + AWS::SecurityHub::ConfigurationPolicy (central configuration)'
          : 'none',
        notes: !h.enabled
          ? 'securityHub.enabled is false'
          : on
            ? `standards: ${h.standards.join(', ')}`
            : 'no standards enabled',
      };
    },
  },
  {
    id: 'aws-config',
    area: AREA,
    title: 'AWS Config records resource configuration in every account',
    soc2: ['CC7.1'],
    iso27001: ['A.8.9'],
    cis: ['3.3'],
    assess: ({ model, line }) => {
      const on = model.monitoring.awsConfig.enabled;
      return {
        implemented: on,
        config: line('monitoring', 'awsConfig', 'enabled'),
        resource: on
          ? 'AWS::Config::ConfigurationRecorder (every account, via AWS::CloudFormation::StackSet) + AWS::Config::ConfigurationAggregator'
          : 'none',
        notes: on ? `aggregated in ${model.monitoring.auditAccount}` : 'awsConfig.enabled is false',
      };
    },
  },
  {
    id: 'access-analyzer',
    area: AREA,
    title: 'IAM Access Analyzer reports resources shared outside the organization',
    soc2: ['CC6.1'],
    iso27001: ['A.5.15'],
    cis: ['1.20'],
    assess: ({ model, line }) => {
      const on = model.monitoring.accessAnalyzer.enabled;
      return {
        implemented: on,
        config: line('monitoring', 'accessAnalyzer', 'enabled'),
        resource: on ? 'AWS::AccessAnalyzer::Analyzer (ORGANIZATION)' : 'none',
        notes: on ? '' : 'accessAnalyzer.enabled is false',
      };
    },
  },
  {
    id: 'cis-alarms',
    area: AREA,
    title: 'Alarms on the CIS monitoring events (root use, IAM and trail changes, sign-in without MFA...)',
    soc2: ['CC7.2'],
    iso27001: ['A.8.16'],
    cis: [CIS_ALARMED],
    assess: ({ model, line }) => {
      const on = model.monitoring.alerts.cisAlarms;
      return {
        implemented: on,
        config: line('monitoring', 'alerts', 'cisAlarms'),
        resource: on
          ? `AWS::Logs::MetricFilter + AWS::CloudWatch::Alarm (${CIS_METRIC_FILTERS.length}, one per CIS 4.x) → AWS::SNS::Topic`
          : 'none',
        notes: on
          ? `alerts go to ${model.monitoring.alerts.channels.join(', ')}`
          : 'alerts.cisAlarms is false',
      };
    },
  },
  {
    id: 'break-glass-alarms',
    area: AREA,
    title: 'Break-glass principals exist and every use pages Security',
    soc2: ['CC6.1', 'CC7.2'],
    iso27001: ['A.8.2', 'A.8.16'],
    cis: [],
    assess: (ctx) => {
      const bg = ctx.model.breakGlass;
      const g = ctx.guardrail('break-glass');
      return {
        implemented: bg.length > 0,
        config: bg.length > 0 ? ctx.line('privileged', 'breakGlass') : ctx.file('privileged'),
        resource:
          bg.length > 0
            ? `AWS::Logs::MetricFilter + AWS::CloudWatch::Alarm per principal (${bg.length})`
            : 'none',
        notes:
          bg.length > 0
            ? `${bg.map((b) => `${b.principal} in ${b.account}`).join(', ')}; checked by ${g.text}`
            : 'no break-glass principal declared',
      };
    },
  },
  {
    id: 'finding-alerts',
    area: AREA,
    title: 'High-severity GuardDuty and Security Hub findings page the on-call',
    soc2: ['CC7.3'],
    iso27001: ['A.5.25', 'A.6.8'],
    cis: [],
    assess: ({ model, line }) => {
      const m = model.monitoring;
      const sources = [
        m.guardDuty.enabled ? 'GuardDuty' : '',
        m.securityHub.enabled ? 'Security Hub' : '',
      ].filter(Boolean);
      return {
        implemented: sources.length > 0,
        config: line('monitoring', 'alerts', 'guardDutyMinSeverity'),
        resource: sources.length > 0 ? 'AWS::Events::Rule → AWS::SNS::Topic (KMS-encrypted)' : 'none',
        notes:
          sources.length > 0
            ? `${sources.join(' and ')} findings (GuardDuty from severity ${m.alerts.guardDutyMinSeverity}) to ${m.alerts.channels.join(', ')}`
            : 'GuardDuty and Security Hub are both off',
      };
    },
  },
  {
    id: 'okta-event-alerts',
    area: AREA,
    title:
      'Risky Okta events (privilege grants, API tokens, policy and MFA changes, proxies) page the on-call',
    soc2: ['CC7.2', 'CC7.3'],
    iso27001: ['A.8.16', 'A.6.8'],
    cis: [],
    assess: ({ model, line }) => {
      const rules = model.monitoring.alerts.oktaRules;
      const streamed = model.logging.oktaLogStream !== undefined;
      const sigma = rules.filter((r) => r.implements.sigma).length;
      return {
        implemented: streamed && rules.length > 0,
        config: line('monitoring', 'alerts', 'oktaRules'),
        resource:
          streamed && rules.length > 0
            ? `AWS::Events::Rule (${rules.length}, content-filtered, on the Okta event bus) → AWS::SNS::Topic`
            : 'none',
        notes: !streamed
          ? 'no Okta log stream to alert on'
          : rules.length === 0
            ? 'alerts.oktaRules is empty'
            : `${rules.length} rules: ${sigma} implement SigmaHQ Okta rules, ${rules.length - sigma} Okta guidance`,
      };
    },
  },
  {
    id: 'okta-event-archive',
    area: AREA,
    title: 'Every Okta System Log event is archived in AWS and can be replayed',
    soc2: ['CC7.2'],
    iso27001: ['A.8.15'],
    cis: [],
    assess: ({ model, line, file }) => {
      const stream = model.logging.oktaLogStream;
      return stream
        ? {
            implemented: true,
            config: line('logging', 'oktaLogStream', 'archiveRetention'),
            resource: 'AWS::Events::Archive (on the Okta event bus, DeletionPolicy Retain)',
            notes: `kept ${stream.archiveRetention}`,
          }
        : {
            implemented: false,
            config: file('logging'),
            resource: 'none',
            notes: 'no Okta log stream to archive',
          };
    },
  },
  {
    id: 'okta-log-heartbeat',
    area: AREA,
    title: 'A quiet Okta log stream pages the on-call',
    soc2: ['CC7.2'],
    iso27001: ['A.8.16'],
    cis: [],
    assess: ({ model, line }) => {
      const streamed = model.logging.oktaLogStream !== undefined;
      const silence = model.monitoring.alerts.oktaSilence;
      return {
        implemented: streamed,
        config: line('monitoring', 'alerts', 'oktaSilence'),
        resource: streamed
          ? 'AWS::CloudWatch::Alarm (AWS/Events Events by EventSourceName, missing data breaching) → AWS::SNS::Topic'
          : 'none',
        notes: streamed ? `no Okta event for ${silence} pages` : 'no Okta log stream to watch',
      };
    },
  },
];
