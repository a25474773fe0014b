// How a cell reads in a table meant for people (markdown, HTML): booleans as "yes" or
// blank, missing values blank.
import type { Cell } from '../report';

export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return 'yes';
  return String(value);
}
