import type { z } from 'zod';
import type { FeedbackItem, flexRequest, health, Measure, Stage } from '../../shared/buyin';
import { Badge, type BadgeTone } from '../ui/badge';
import { formatDate, plural } from '../ui/format';

export const stageLabels: Record<Stage, string> = {
  draft: 'Draft',
  involvement: 'Involvement',
  test_market: 'Test market',
  absorption: 'Absorption',
  commitment: 'Commitment',
  rollout: 'Rollout',
  review: 'Review',
};

export const measureLabels: Record<Measure, string> = {
  objectivity: 'Objectivity',
  sensitivity: 'Sensitivity',
  involvement: 'Involvement',
  positioning: 'Positioning for success',
  belief: 'Belief in the merit',
  readiness: 'Readiness to execute',
  walls: 'Walls between functions',
  culture: 'Culture',
  relationships: 'Relationships',
};

export const decisionLabels = { adopted: 'Adopted', partly: 'Partly adopted', not_adopted: 'Not adopted' } as const;
export const feedbackKindLabels = { question: 'Question', comment: 'Comment', concern: 'Concern', idea: 'Idea' } as const;
export const flexAspectLabels = { price: 'Price', message: 'Message', material: 'Material', timing: 'Timing' } as const;
export const flexStatusLabels = { pending: 'Pending', approved: 'Approved', partly: 'Partly approved', declined: 'Declined' } as const;
export const evidenceKindLabels = { data: 'Data', research: 'Research', link: 'Link', file: 'File', customer: 'Customer voice', other: 'Other' } as const;

export function StageBadge({ stage }: { stage: Stage }) {
  const tone: BadgeTone = stage === 'absorption' ? 'warning' : stage === 'rollout' || stage === 'review' ? 'success' : 'info';
  return <Badge tone={tone}>{stageLabels[stage]}</Badge>;
}

type Health = z.infer<typeof health>;
const healthText: Record<Health['status'], { label: string; tone: BadgeTone }> = {
  good: { label: 'Good', tone: 'success' },
  watch: { label: 'Watch', tone: 'warning' },
  at_risk: { label: 'At risk', tone: 'danger' },
};

/** The health chip says its status in words; the reasons follow as text, never colour alone. */
export function HealthChip({ health: value, showReasons = false }: { health: Health; showReasons?: boolean }) {
  const { label, tone } = healthText[value.status];
  return (
    <span className="bi-health">
      <Badge tone={tone}>{label}</Badge>
      {showReasons && value.reasons.length > 0 && (
        <ul className="bi-health__reasons">
          {value.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </span>
  );
}

/** The state of one feedback loop: open with its age and due date (overdue called out), or answered. */
export function LoopChip({ loop }: { loop: FeedbackItem['loop'] }) {
  const age = plural(loop.ageBusinessDays, 'business day');
  if (loop.status === 'closed') return <Badge tone="success">Answered after {age}</Badge>;
  if (loop.overdue) return <Badge tone="danger">Overdue · open {age}</Badge>;
  return (
    <Badge tone="warning">
      Open {age} · due {formatDate(loop.dueAt)}
    </Badge>
  );
}

export function DecisionBadge({ decision }: { decision: keyof typeof decisionLabels }) {
  const tone: BadgeTone = decision === 'adopted' ? 'success' : decision === 'partly' ? 'info' : 'neutral';
  return <Badge tone={tone}>{decisionLabels[decision]}</Badge>;
}

export function FlexStatusBadge({ status }: { status: z.infer<typeof flexRequest>['status'] }) {
  const tone: BadgeTone = status === 'pending' ? 'warning' : status === 'declined' ? 'neutral' : 'success';
  return <Badge tone={tone}>{flexStatusLabels[status]}</Badge>;
}

/** A 1–5 mean with one decimal. */
export function formatMean(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}
