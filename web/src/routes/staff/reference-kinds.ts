/**
 * The kinds of reference data staff maintain, and the fields of each. Each
 * kind is built by `kind()` from its collection's client, so that the body
 * it sends is checked against that collection's request types, and its
 * bounds (`maxlength`, `min`, `max`) are the server's (field-limits.ts).
 */
import { FIELD_LIMITS } from '../../lib/api/field-limits';
import {
  dataInterfaces,
  domains,
  grades,
  locations,
  orgtypes,
  subjects,
  usagetypes,
  type Base,
  type Collection,
  type Draft,
} from '../../lib/api/resources';

/** A reference record as the staff page lists it: a name and its other fields. */
export type ReferenceRow = Base & { name: string } & { [field: string]: unknown };

/** The form's values by field name (inputs give strings, number inputs numbers). */
export type FieldValues = Record<string, string | number>;

/** One editable field of a reference record. */
export interface KindField<Name extends string = string> {
  name: Name;
  label: string;
  type: 'text' | 'number' | 'color' | 'icon';
  maxlength?: number;
  min?: number;
  max?: number;
  hint?: string;
}

/** A kind of reference data. */
export interface Kind {
  title: string;
  /** One record, for buttons ("Add a domain"). */
  singular: string;
  description: string;
  fields: KindField[];
  all(signal?: AbortSignal): Promise<ReferenceRow[]>;
  /** Adds a record (`id` null) or changes record `id`. */
  save(id: number | null, values: FieldValues): Promise<ReferenceRow>;
  remove(id: number): Promise<void>;
}

interface KindSpec<New, Changes> {
  title: string;
  singular: string;
  description: string;
  fields: KindField<keyof New & string>[];
  /** The request body from the form's values: fit to create or to change a record. */
  body(values: FieldValues): Draft<New> & Changes;
}

/** A kind over `client`, whose body is typed by the collection's requests. */
function kind<T extends ReferenceRow, New, Changes>(client: Collection<T, New, Changes>, spec: KindSpec<New, Changes>): Kind {
  return {
    title: spec.title,
    singular: spec.singular,
    description: spec.description,
    fields: spec.fields,
    all: (signal) => client.all({}, signal),
    save: (id, values) => (id === null ? client.create(spec.body(values)) : client.update(id, spec.body(values))),
    remove: (id) => client.remove(id),
  };
}

/** A text input's value, trimmed. */
const text = (value: string | number | undefined): string => String(value ?? '').trim();
/** A number input's value; left out when empty, so the server says it is required. */
const whole = (value: string | number | undefined): number | undefined => (value === '' || value === undefined ? undefined : Number(value));

const name = (maxlength: number): KindField<'name'> => ({ name: 'name', label: 'Name', type: 'text', maxlength });

export const KINDS: Record<string, Kind> = {
  domains: kind(domains, {
    title: 'Domains',
    singular: 'domain',
    description: 'What a product is for; each has a colour.',
    fields: [name(FIELD_LIMITS.Domain.name.maxLength), { name: 'color', label: 'Colour', type: 'color' }],
    body: (v) => ({ name: text(v.name), color: text(v.color) }),
  }),
  subjects: kind(subjects, {
    title: 'Subjects',
    singular: 'subject',
    description: 'What a product teaches; each has an icon.',
    fields: [name(FIELD_LIMITS.Subject.name.maxLength), { name: 'icon', label: 'Icon', type: 'icon' }],
    body: (v) => ({ name: text(v.name), icon: text(v.icon) }),
  }),
  usagetypes: kind(usagetypes, {
    title: 'Usage types',
    singular: 'usage type',
    description: 'How an organization uses a product.',
    fields: [name(FIELD_LIMITS.UsageType.name.maxLength)],
    body: (v) => ({ name: text(v.name) }),
  }),
  data_interfaces: kind(dataInterfaces, {
    title: 'Data interfaces',
    singular: 'data interface',
    description: 'How data moves in and out: API, SFTP, OneRoster…',
    fields: [name(FIELD_LIMITS.DataInterface.name.maxLength)],
    body: (v) => ({ name: text(v.name) }),
  }),
  grades: kind(grades, {
    title: 'Grades',
    singular: 'grade',
    description: 'Grade levels, TK (−1) to 12.',
    fields: [
      { name: 'level', label: 'Level', type: 'number', min: FIELD_LIMITS.Grade.level.minimum, max: FIELD_LIMITS.Grade.level.maximum },
      name(FIELD_LIMITS.Grade.name.maxLength),
    ],
    body: (v) => ({ level: whole(v.level), name: text(v.name) }),
  }),
  locations: kind(locations, {
    title: 'Locations',
    singular: 'location',
    description: 'States, with their two-letter abbreviation.',
    fields: [
      name(FIELD_LIMITS.Location.name.maxLength),
      { name: 'abbreviation', label: 'Abbreviation', type: 'text', maxlength: FIELD_LIMITS.Location.abbreviation.maxLength, hint: 'Two capital letters.' },
    ],
    body: (v) => ({ name: text(v.name), abbreviation: text(v.abbreviation) }),
  }),
  orgtypes: kind(orgtypes, {
    title: 'Organization types',
    singular: 'organization type',
    description: 'District, charter network, private school…',
    fields: [name(FIELD_LIMITS.OrgType.name.maxLength)],
    body: (v) => ({ name: text(v.name) }),
  }),
};
