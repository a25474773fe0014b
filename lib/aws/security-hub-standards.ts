// Security Hub standards by their config id → the standards ARN of a region.
import type { MonitoringFile } from '../model/schema/monitoring';

/** A Security Hub standard by its config id (monitoring.yaml securityHub.standards). */
export type SecurityHubStandard = MonitoringFile['securityHub']['standards'][number];

const STANDARD_PATHS: Readonly<Record<SecurityHubStandard, string>> = {
  'cis-aws-foundations': 'cis-aws-foundations-benchmark/v/3.0.0',
  'aws-foundational-security-best-practices': 'aws-foundational-security-best-practices/v/1.0.0',
};

export function standardArn(standard: SecurityHubStandard, region: string): string {
  return `arn:aws:securityhub:${region}::standards/${STANDARD_PATHS[standard]}`;
}
