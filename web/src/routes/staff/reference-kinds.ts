/** The kinds of reference data staff maintain, and the fields of each. */
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
} from '../../lib/api/resources';

/** One editable field of a reference record. */
export interface KindField {
  name: string;
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
  collection: Collection<Base>;
  fields: KindField[];
}

const name = (maxlength: number): KindField => ({ name: 'name', label: 'Name', type: 'text', maxlength });

export const KINDS: Record<string, Kind> = {
  domains: {
    title: 'Domains',
    singular: 'domain',
    description: 'What a product is for; each has a colour.',
    collection: domains as unknown as Collection<Base>,
    fields: [name(50), { name: 'color', label: 'Colour', type: 'color' }],
  },
  subjects: {
    title: 'Subjects',
    singular: 'subject',
    description: 'What a product teaches; each has an icon.',
    collection: subjects as unknown as Collection<Base>,
    fields: [name(25), { name: 'icon', label: 'Icon', type: 'icon' }],
  },
  usagetypes: {
    title: 'Usage types',
    singular: 'usage type',
    description: 'How an organization uses a product.',
    collection: usagetypes as unknown as Collection<Base>,
    fields: [name(25)],
  },
  data_interfaces: {
    title: 'Data interfaces',
    singular: 'data interface',
    description: 'How data moves in and out: API, SFTP, OneRoster…',
    collection: dataInterfaces as unknown as Collection<Base>,
    fields: [name(25)],
  },
  grades: {
    title: 'Grades',
    singular: 'grade',
    description: 'Grade levels, TK (−1) to 12.',
    collection: grades as unknown as Collection<Base>,
    fields: [{ name: 'level', label: 'Level', type: 'number', min: -1, max: 12 }, name(2)],
  },
  locations: {
    title: 'Locations',
    singular: 'location',
    description: 'States, with their two-letter abbreviation.',
    collection: locations as unknown as Collection<Base>,
    fields: [name(25), { name: 'abbreviation', label: 'Abbreviation', type: 'text', maxlength: 2, hint: 'Two capital letters.' }],
  },
  orgtypes: {
    title: 'Organization types',
    singular: 'organization type',
    description: 'District, charter network, private school…',
    collection: orgtypes as unknown as Collection<Base>,
    fields: [name(50)],
  },
};
