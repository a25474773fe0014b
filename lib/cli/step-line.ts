// One line of a lifecycle run's output per step (offboard, onboard, elevate): its own module, so
// break-glass, which runs with Security's credentials, loads none of offboarding's runtime.
import type { StepReport } from '../lifecycle/audited-step';

const MARKS = { changed: '✓', unchanged: '·', 'not-due': '…' } as const;

export function stepLine(report: StepReport): string {
  const mark = MARKS[report.outcome];
  return `  ${mark} ${report.step.padEnd(15)} ${report.outcome.padEnd(9)}${report.note ? ` ${report.note}` : ''}\n`;
}
