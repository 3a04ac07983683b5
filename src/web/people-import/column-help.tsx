import { limits } from '../../shared/limits';
import { formatNumber } from '../ui/format';

const TEMPLATE = [
  'email,name,function,level,manager email,region,title,active',
  'ceo@example.com,Alex Morgan,other,senior,,,Chief Executive,yes',
  'vp.sales@example.com,Sam Lee,sales,senior,ceo@example.com,,VP Sales,yes',
  'cmo@example.com,Kim Novak,marketing,senior,ceo@example.com,,Chief Marketing Officer,yes',
  'rep.north@example.com,Jo Park,sales,frontline,vp.sales@example.com,North,Sales Representative,yes',
].join('\n');

export const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`${TEMPLATE}\n`)}`;

const COLUMNS: Array<{ name: string; text: string }> = [
  { name: 'email', text: 'Required. Work e-mail; a row with a known e-mail updates that person.' },
  { name: 'name', text: 'Required: a full name, or first name and last name in two columns.' },
  { name: 'function', text: 'Required: sales, marketing or other (common synonyms such as Mktg work).' },
  { name: 'level', text: 'Required: senior, middle or frontline (synonyms such as VP or Manager work).' },
  { name: 'manager email', text: 'The e-mail of their manager, in this file or already in Tandem. Empty for the top.' },
  { name: 'region', text: 'Optional: region or territory.' },
  { name: 'title', text: 'Optional: job title.' },
  { name: 'active', text: 'Optional: yes or no, active or inactive (active when empty).' },
];

/** Which columns the importer reads, in short. */
export function ColumnHelp() {
  return (
    <details className="column-help">
      <summary>Which columns we read</summary>
      <div className="column-help__body">
        <p>
          The first line holds the column names. Spelling and order are loose, and the usual names of HR-system exports
          work too (“Work Email”, “Reports To Email”, “Job Title”, “First Name”). Other columns are ignored. At most {formatNumber(limits.importRows)} rows and{' '}
          {Math.round(limits.importFileBytes / (1024 * 1024))} MB per file.
        </p>
        <dl className="column-help__list">
          {COLUMNS.map((column) => (
            <div key={column.name}>
              <dt>
                <code>{column.name}</code>
              </dt>
              <dd>{column.text}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={templateHref} download="tandem-people-template.csv">
            Download a template CSV
          </a>
        </p>
      </div>
    </details>
  );
}
