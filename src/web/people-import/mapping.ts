/** The person fields an import reads, with the words the page uses for them. */
const FIELD_LABELS: Record<string, string> = {
  email: 'E-mail',
  name: 'Name',
  firstname: 'First name',
  preferredname: 'Preferred name',
  lastname: 'Last name',
  function: 'Function',
  level: 'Level',
  manageremail: 'Manager e-mail',
  region: 'Region',
  title: 'Title',
  active: 'Active',
};

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

function isField(text: string): boolean {
  return normalise(text) in FIELD_LABELS;
}

export interface MappingRow {
  column: string;
  field: string;
  fieldLabel: string;
}

/**
 * The report's mapping says which file column fed which field. Read it either way round (column → field or
 * field → column): the side made of known field names is the field side.
 */
export function mappingRows(mapping: Record<string, string>): MappingRow[] {
  const entries = Object.entries(mapping);
  const keysAreFields = entries.filter(([key]) => isField(key)).length;
  const valuesAreFields = entries.filter(([, value]) => isField(value)).length;
  const columnFirst = valuesAreFields >= keysAreFields;
  return entries.map(([key, value]) => {
    const column = columnFirst ? key : value;
    const field = columnFirst ? value : key;
    return { column, field, fieldLabel: FIELD_LABELS[normalise(field)] ?? field };
  });
}
