// JSON for tools: the report data as is.
import type { Report } from '../report';

export const renderJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
