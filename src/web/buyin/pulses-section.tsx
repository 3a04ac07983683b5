import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { LEVELS, type Level } from '../../domain/org/types';
import type { InitiativeDetail } from '../../shared/buyin';
import { levelLabels } from '../org/labels';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDateTime, formatNumber } from '../ui/format';
import { Table } from '../ui/table';
import { useToast } from '../ui/toast';
import { useClosePulse, useOpenPulse, useRemind } from './buyin-api';
import { FormError, TextField } from './fields';

type Pulse = InitiativeDetail['pulses'][number];

/** The initiative's pulses with their response counts; marketers open, remind and close them here. */
export function PulsesSection({ detail }: { detail: InitiativeDetail }) {
  const { pulses, can, initiative } = detail;
  const remind = useRemind();
  const close = useClosePulse();
  const toast = useToast();
  return (
    <section aria-labelledby="pulses-heading">
      <h2 id="pulses-heading">Pulses</h2>
      {pulses.length === 0 ? (
        <EmptyState title="No pulse yet">
          <p>
            {initiative.stage === 'absorption' || ['draft', 'involvement', 'test_market'].includes(initiative.stage)
              ? 'Buy-in pulses open after the absorption window, once the initiative asks for commitment.'
              : 'Open a short pulse below to measure buy-in at each level.'}
          </p>
        </EmptyState>
      ) : (
        <Table caption="Pulses" captionHidden>
          <thead>
            <tr>
              <th scope="col">Pulse</th>
              <th scope="col">Status</th>
              <th scope="col">Audience</th>
              <th scope="col" className="num">
                Answered
              </th>
              <th scope="col">Closes</th>
              {can.edit && <th scope="col" className="cell-actions">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {pulses.map((pulse) => (
              <tr key={pulse.id}>
                <th scope="row" className="cell-name">
                  <Link to={`/pulses/${pulse.id}`}>{pulse.title}</Link>
                </th>
                <td>
                  <Badge tone={pulse.status === 'open' ? 'info' : 'neutral'}>{pulse.status === 'open' ? 'Open' : 'Closed'}</Badge>
                </td>
                <td>{audienceText(pulse)}</td>
                <td className="num nowrap">
                  {formatNumber(pulse.answered)} of {formatNumber(pulse.invited)}
                  {pulse.remindersSent > 0 && <span className="cell-sub">{pulse.remindersSent} reminded</span>}
                </td>
                <td className="nowrap">{formatDateTime(pulse.closesAt)}</td>
                {can.edit && (
                  <td className="cell-actions">
                    {pulse.status === 'open' && (
                      <span className="bi-actions">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={remind.isPending}
                          onClick={() =>
                            remind.mutate(pulse.id, {
                              onSuccess: (result) => toast({ message: `Reminded ${formatNumber(result?.reminded ?? 0)} people who have not answered.`, tone: 'success' }),
                              onError: (error) => toast({ message: errorText(error), tone: 'error' }),
                            })
                          }
                        >
                          Remind<span className="sr-only"> {pulse.title}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          disabled={close.isPending}
                          onClick={() => close.mutate(pulse.id, { onError: (error) => toast({ message: errorText(error), tone: 'error' }) })}
                        >
                          Close<span className="sr-only"> {pulse.title}</span>
                        </button>
                      </span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {can.edit && <OpenPulseForm detail={detail} />}
    </section>
  );
}

function audienceText(pulse: Pulse): string {
  const levels = pulse.audience.levels.map((level) => levelLabels[level]).join(', ');
  const regions = pulse.audience.regions.length ? pulse.audience.regions.join(', ') : 'every region';
  return `${levels} · ${regions}`;
}

function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function OpenPulseForm({ detail }: { detail: InitiativeDetail }) {
  const { initiative } = detail;
  const [title, setTitle] = useState('');
  const [levels, setLevels] = useState<Level[]>([...LEVELS]);
  const [regions, setRegions] = useState(initiative.targetRegions.join(', '));
  const [closes, setCloses] = useState(inDays(7));
  const [error, setError] = useState<string | null>(null);
  const open = useOpenPulse(initiative.id);
  const toast = useToast();
  const commitmentNext = initiative.nextStages.find((option) => option.to === 'commitment');
  const tooEarly = ['draft', 'involvement', 'test_market', 'absorption'].includes(initiative.stage);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (levels.length === 0) return setError('Choose at least one level.');
    if (!closes) return setError('Choose the closing date.');
    open.mutate(
      {
        title: title.trim() || undefined,
        levels,
        functions: ['sales'],
        regions: regions.split(',').map((region) => region.trim()).filter(Boolean),
        closesAt: new Date(`${closes}T17:00:00Z`).toISOString(),
      },
      { onSuccess: () => (setError(null), toast({ message: 'Pulse opened; the people invited are notified.', tone: 'success' })), onError: (failure) => setError(errorText(failure)) },
    );
  };

  return (
    <form className="bi-panel bi-form section" onSubmit={onSubmit} noValidate aria-labelledby="open-pulse-heading">
      <h3 id="open-pulse-heading">Open a buy-in pulse</h3>
      {tooEarly && (
        <p className="bi-why bi-why--closed" id="open-pulse-why">
          Not yet: pulses open once the initiative asks for commitment, after the absorption window
          {commitmentNext && !commitmentNext.allowed ? ` (${commitmentNext.why})` : ''}.
        </p>
      )}
      <fieldset className="bi-fieldset" disabled={tooEarly}>
        <legend className="sr-only">Title, regions and closing date</legend>
        <TextField id="pulse-title" label="Title (optional)" hint={`Empty: “Buy-in: ${initiative.title}”.`} value={title} onChange={setTitle} />
        <div className="bi-form-row">
          <TextField id="pulse-regions" label="Regions (optional)" hint="Separate with commas; empty asks every region." value={regions} onChange={setRegions} />
          <TextField id="pulse-closes" label="Closes on" type="date" value={closes} onChange={setCloses} />
        </div>
      </fieldset>
      <fieldset className="bi-fieldset" disabled={tooEarly}>
        <legend>Levels to ask</legend>
        <div className="bi-radio-row">
          {LEVELS.map((level) => (
            <label key={level} className="bi-radio">
              <input
                type="checkbox"
                checked={levels.includes(level)}
                onChange={(event) => setLevels((current) => (event.target.checked ? [...current, level] : current.filter((value) => value !== level)))}
              />
              {levelLabels[level]}
            </label>
          ))}
        </div>
      </fieldset>
      <FormError message={error} />
      <button type="submit" className="button button--primary" disabled={open.isPending || tooEarly} aria-describedby={tooEarly ? 'open-pulse-why' : undefined}>
        {open.isPending ? 'Opening…' : 'Open pulse'}
      </button>
    </form>
  );
}
