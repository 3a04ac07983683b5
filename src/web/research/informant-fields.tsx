import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../../domain/org/types';
import type { InformantView } from '../../shared/research';
import { limits } from '../../shared/limits';
import { functionLabels, levelLabels } from '../org/labels';
import type { InformantBody } from './research-api';

export interface InformantValues {
  name: string;
  function: PersonFunction | '';
  level: Level | '';
  dyadKey: string;
  firm: string;
  unit: string;
}

export const EMPTY_INFORMANT: InformantValues = { name: '', function: '', level: '', dyadKey: '', firm: '', unit: '' };

export function informantValues(informant: InformantView): InformantValues {
  return {
    name: informant.name,
    function: informant.function ?? '',
    level: informant.level ?? '',
    dyadKey: informant.dyadKey ?? '',
    firm: informant.firm ?? '',
    unit: informant.unit ?? '',
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function informantBody(values: InformantValues): InformantBody {
  return {
    name: values.name.trim(),
    function: values.function || null,
    level: values.level || null,
    dyadKey: orNull(values.dyadKey),
    firm: orNull(values.firm),
    unit: orNull(values.unit),
  };
}

interface InformantFieldsProps {
  idPrefix: string;
  values: InformantValues;
  nameError: string | null;
  onChange: (values: InformantValues) => void;
}

/** The fields of an informant, shared by the add form and the edit dialog. */
export function InformantFields({ idPrefix, values, nameError, onChange }: InformantFieldsProps) {
  const set = <K extends keyof InformantValues>(key: K, value: InformantValues[K]) => onChange({ ...values, [key]: value });
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <>
      <div className="field">
        <label htmlFor={id('name')}>Name or pseudonym</label>
        <input
          id={id('name')}
          value={values.name}
          maxLength={limits.nameMaxLength}
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? id('name-error') : undefined}
          onChange={(event) => set('name', event.target.value)}
        />
        {nameError && (
          <p className="field__error" id={id('name-error')}>
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={id('function')}>Function</label>
        <select id={id('function')} value={values.function} onChange={(event) => set('function', event.target.value as PersonFunction | '')}>
          <option value="">Not recorded</option>
          {FUNCTIONS.map((value) => (
            <option key={value} value={value}>
              {functionLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('level')}>Level</label>
        <select id={id('level')} value={values.level} onChange={(event) => set('level', event.target.value as Level | '')}>
          <option value="">Not recorded</option>
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {levelLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('dyad')}>Dyad key</label>
        <input
          id={id('dyad')}
          value={values.dyadKey}
          maxLength={100}
          autoComplete="off"
          aria-describedby={id('dyad-hint')}
          onChange={(event) => set('dyadKey', event.target.value)}
        />
        <p className="field__hint" id={id('dyad-hint')}>
          The same key on a sales and a marketing informant makes them one dyad.
        </p>
      </div>
      <div className="field">
        <label htmlFor={id('firm')}>Firm</label>
        <input id={id('firm')} value={values.firm} maxLength={200} autoComplete="off" onChange={(event) => set('firm', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('unit')}>Unit</label>
        <input id={id('unit')} value={values.unit} maxLength={200} autoComplete="off" onChange={(event) => set('unit', event.target.value)} />
      </div>
    </>
  );
}
