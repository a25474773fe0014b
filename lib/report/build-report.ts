// One entry point for every report kind: a pure function of the model (and, for the
// control matrix, of the config sources, to cite file:line).
import type { Sources } from '../model/load-config';
import type { OrgModel } from '../model/org-model';
import { accessReport } from './access-report';
import { controlsReport } from './controls-report';
import { oktaHardeningReport } from './okta-hardening-report';
import { ownershipReport } from './ownership-report';
import type { Report, ReportKind } from './report';
import { stigReport } from './stig-report';
import { vendorsReport } from './vendors-report';

export interface ReportInput {
  readonly model: OrgModel;
  readonly sources: Sources;
}

export function buildReport(kind: ReportKind, { model, sources }: ReportInput): Report {
  switch (kind) {
    case 'access':
      return accessReport(model);
    case 'controls':
      return controlsReport(model, sources);
    case 'okta-hardening':
      return oktaHardeningReport(model, sources);
    case 'ownership':
      return ownershipReport(model);
    case 'stig':
      return stigReport(model, sources);
    case 'vendors':
      return vendorsReport(model);
  }
}
