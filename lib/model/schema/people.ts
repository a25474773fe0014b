// config/it/people.yaml (IT-owned): departments and the people of the organisation.
import { z } from 'zod';
import { calendarDate, email, id, personType, text } from './common';

const department = z.strictObject({ id, name: text });

const person = z.strictObject({
  id,
  name: text,
  email,
  department: id,
  title: text,
  manager: id.optional(),
  type: personType,
  start: calendarDate,
  end: calendarDate.optional(),
});

export const peopleFile = z.strictObject({
  departments: z.array(department).default([]),
  people: z.array(person).default([]),
});

export type PeopleFile = z.infer<typeof peopleFile>;
