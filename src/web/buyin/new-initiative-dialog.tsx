import { useEffect, useState } from 'react';
import type { InitiativeDetail } from '../../shared/buyin';
import { isApiError } from '../api/client';
import { useNavigate } from 'react-router';
import { limits } from '../../shared/limits';
import { FormDialog } from '../ui/form-dialog';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useCreateInitiative, useUpdateInitiative } from './buyin-api';
import { TextArea, TextField } from './fields';

const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

const EMPTY = { title: '', summary: '', rationale: '', benefit: '', regions: '', segments: '', startDate: '', rolloutDate: '', days: '10' };
type Existing = InitiativeDetail['initiative'];

function formOf(existing: Existing | undefined): typeof EMPTY {
  if (!existing) return EMPTY;
  return {
    title: existing.title,
    summary: existing.summary,
    rationale: existing.rationale,
    benefit: existing.expectedSalesBenefit,
    regions: existing.targetRegions.join(', '),
    segments: existing.targetSegments.join(', '),
    startDate: existing.startDate ?? '',
    rolloutDate: existing.rolloutDate ?? '',
    days: String(existing.absorptionBusinessDays),
  };
}

/**
 * A new initiative starts as a draft: its title, why it matters (rationale) and what sales gets out of it. With
 * `existing`, the same form edits it; a save over someone else's newer edit is refused and says to reload.
 */
export function NewInitiativeDialog({ open, onClose, existing }: { open: boolean; onClose: () => void; existing?: Existing }) {
  const [form, setForm] = useState(() => formOf(existing));
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateInitiative();
  const update = useUpdateInitiative(existing?.id ?? '');
  const busy = create.isPending || update.isPending;
  // Fill the form from the initiative each time the dialog opens, not on every refetch while someone types.
  useEffect(() => {
    if (open) setForm(formOf(existing));
  }, [open]);
  const navigate = useNavigate();
  const toast = useToast();
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const close = () => {
    setForm(formOf(existing));
    setTitleError(null);
    setFormError(null);
    onClose();
  };

  const submit = () => {
    setFormError(null);
    if (!form.title.trim()) {
      setTitleError('Give the initiative a title, for example “Value-based pricing for mid-market”.');
      document.getElementById('initiative-title')?.focus();
      return;
    }
    const days = Number(form.days);
    const body = {
      title: form.title.trim(),
      summary: form.summary,
      rationale: form.rationale,
      expectedSalesBenefit: form.benefit,
      targetRegions: splitList(form.regions),
      targetSegments: splitList(form.segments),
      startDate: form.startDate || null,
      rolloutDate: form.rolloutDate || null,
      absorptionBusinessDays: Number.isInteger(days) ? days : 10,
    };
    if (existing) {
      update.mutate(
        { ...body, version: existing.version },
        {
          onSuccess: () => (toast({ message: 'Initiative saved.', tone: 'success' }), close()),
          onError: (error) => setFormError(isApiError(error, 'CONFLICT') ? `${errorText(error)} Cancel and open the initiative again to see the latest version.` : errorText(error)),
        },
      );
      return;
    }
    create.mutate(body, {
      onSuccess: (created) => {
        toast({ message: `Initiative “${form.title.trim()}” created as a draft.`, tone: 'success' });
        close();
        navigate(`/initiatives/${created.id}`);
      },
      onError: (error) => setFormError(errorText(error)),
    });
  };

  return (
    <FormDialog
      open={open}
      title={existing ? 'Edit initiative' : 'New initiative'}
      submitLabel={busy ? 'Saving…' : existing ? 'Save' : 'Create draft'}
      busy={busy}
      wide
      onSubmit={submit}
      onCancel={close}
    >
      <TextField
        id="initiative-title"
        label="Title"
        value={form.title}
        onChange={(value) => (set('title')(value), setTitleError(null))}
        error={titleError}
        maxLength={limits.nameMaxLength}
      />
      <TextArea id="initiative-summary" label="Summary (optional)" value={form.summary} onChange={set('summary')} rows={2} />
      <TextArea
        id="initiative-rationale"
        label="Rationale: why this, why now"
        hint="Sales asks for the why before the what. Name the data or research behind it; add evidence after creating."
        value={form.rationale}
        onChange={set('rationale')}
      />
      <TextArea
        id="initiative-benefit"
        label="Expected benefit for sales, in their terms"
        hint="E.g. shorter cycles, bigger deals, easier first meetings."
        value={form.benefit}
        onChange={set('benefit')}
      />
      <div className="bi-form-row">
        <TextField id="initiative-regions" label="Target regions (optional)" hint="Separate with commas; empty means every region." value={form.regions} onChange={set('regions')} />
        <TextField id="initiative-segments" label="Target segments (optional)" hint="Separate with commas." value={form.segments} onChange={set('segments')} />
      </div>
      <div className="bi-form-row">
        <TextField id="initiative-start" label="Start date (optional)" type="date" value={form.startDate} onChange={set('startDate')} />
        <TextField id="initiative-rollout" label="Rollout date (optional)" type="date" value={form.rolloutDate} onChange={set('rolloutDate')} />
      </div>
      <TextField
        id="initiative-absorption"
        label="Absorption window (business days)"
        hint="Time sales gets to read, question and test before any commitment is asked (1–60)."
        type="number"
        min={1}
        max={60}
        value={form.days}
        onChange={set('days')}
      />
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
    </FormDialog>
  );
}
