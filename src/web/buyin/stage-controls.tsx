import { useState } from 'react';
import type { InitiativeDetail, Stage } from '../../shared/buyin';
import { FormDialog } from '../ui/form-dialog';
import { errorText } from '../ui/error-message';
import { formatDate } from '../ui/format';
import { useToast } from '../ui/toast';
import { useTransition } from './buyin-api';
import { FormError, TextArea } from './fields';
import { stageLabels } from './labels';
import { isBackMove, stageMoves, type StageMove } from './stage-moves';

interface Move {
  to: Stage;
  needsReason: boolean;
  override: boolean;
}

/**
 * The stages this reader may move the initiative to: allowed moves as buttons, closed ones disabled with the
 * server's reason beside them, and the recorded absorption override set apart so nobody takes it by accident.
 */
export function StageControls({ detail }: { detail: InitiativeDetail }) {
  const { initiative, can } = detail;
  const [move, setMove] = useState<Move | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const transition = useTransition(initiative.id);
  const toast = useToast();
  if (!can.edit) return null;

  const { main, others, overridable } = stageMoves(initiative.stage, initiative.nextStages);
  const isBack = (to: Stage) => isBackMove(initiative.stage, to);

  const close = () => {
    setMove(null);
    setReason('');
    setError(null);
  };
  const submit = () => {
    if (!move) return;
    if ((move.needsReason || move.override) && !reason.trim()) {
      setError(move.override ? 'Say why sales must commit before the absorption window ends; it is recorded.' : 'Give a reason for this move; it is recorded in the history.');
      document.getElementById('stage-reason')?.focus();
      return;
    }
    transition.mutate(
      { to: move.to, reason: reason.trim() || undefined, overrideAbsorption: move.override, version: initiative.version },
      {
        onSuccess: () => {
          toast({ message: `Moved to ${stageLabels[move.to]}.`, tone: 'success' });
          close();
        },
        onError: (failure) => setError(errorText(failure)),
      },
    );
  };

  return (
    <section className="bi-stage-controls" aria-labelledby="stage-controls-heading">
      <h2 id="stage-controls-heading" className="bi-stage-controls__title">
        Move the initiative
      </h2>
      {main.length + others.length === 0 ? (
        <p className="muted">This is the last stage: the initiative is under review.</p>
      ) : (
        <ul className="bi-stage-options">
          {main.map((option) => (
            <StageOption key={option.to} option={option} back={isBack(option.to)} onChoose={() => setMove({ to: option.to, needsReason: option.needsReason, override: false })} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <details className="bi-other-stages">
          <summary>Why not the other stages</summary>
          <ul className="bi-stage-options">
            {others.map((option) => (
              <StageOption key={option.to} option={option} back={isBack(option.to)} onChoose={() => undefined} />
            ))}
          </ul>
        </details>
      )}
      {overridable && (
        <div className="bi-override">
          <p className="bi-override__text">
            <strong>Override:</strong> ask for commitment before the absorption window ends
            {initiative.absorptionEndsAt ? ` on ${formatDate(initiative.absorptionEndsAt)}` : ''}. The study found that sales
            needs this time; an override is recorded with its reason and shown in the history.
          </p>
          <button type="button" className="button button--small bi-button-warning" onClick={() => setMove({ to: overridable.to, needsReason: true, override: true })}>
            Override the absorption window…
          </button>
        </div>
      )}
      <FormDialog
        open={move !== null}
        title={move?.override ? 'Ask for commitment early (override)' : `Move to ${move ? stageLabels[move.to] : ''}`}
        submitLabel={transition.isPending ? 'Moving…' : move?.override ? 'Record override and move' : 'Move'}
        busy={transition.isPending}
        danger={move?.override}
        onSubmit={submit}
        onCancel={close}
      >
        {move?.override && (
          <p className="alert alert--error">The absorption window has not ended. Moving now is recorded as an override.</p>
        )}
        <TextArea
          id="stage-reason"
          label={move?.needsReason || move?.override ? 'Reason (required)' : 'Note (optional)'}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setError(null);
          }}
          error={error && !transition.isError ? error : null}
        />
        {transition.isError && <FormError message={error} />}
      </FormDialog>
    </section>
  );
}

function StageOption({ option, back, onChoose }: { option: StageMove; back: boolean; onChoose: () => void }) {
  return (
    <li>
      <button
        type="button"
        className={option.allowed && !back && !option.needsReason ? 'button button--small button--primary' : 'button button--small'}
        disabled={!option.allowed}
        aria-describedby={option.why ? `why-${option.to}` : undefined}
        onClick={onChoose}
      >
        {back ? 'Move back to' : 'Move to'} {stageLabels[option.to]}
      </button>
      {option.why && (
        <span id={`why-${option.to}`} className={option.allowed ? 'bi-why' : 'bi-why bi-why--closed'}>
          {option.allowed ? option.why : `Not now: ${option.why}`}
        </span>
      )}
    </li>
  );
}
