// Security Hub standards by their config id → the standards ARN of a region.
import type { MonitoringFile } from '../model/schema/monitoring';

type StandardId = MonitoringFile['securityHub']['standards'][number];

const STANDARD_PATHS: Readonly<Record<StandardId, string>> = {
  'cis-aws-foundations': 'cis-aws-foundations-benchmark/v/3.0.0',
  'aws-foundational-security-best-practices': 'aws-foundational-security-best-practices/v/1.0.0',
};

export function standardArn(standard: StandardId, region: string): string {
  return `arn:aws:securityhub:${region}::standards/${STANDARD_PATHS[standard]}`;
}
