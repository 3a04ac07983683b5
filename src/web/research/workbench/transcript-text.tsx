import { memo, useMemo, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { CodingView } from '../../../shared/research';
import { tint } from '../labels';
import { layoutText, type TurnRange } from './text-layout';

export interface HighlightInfo {
  coding: CodingView;
  codeName: string;
  coderName: string;
  color: string;
  /** Another coder's coding, drawn dashed when all layers are shown. */
  dashed: boolean;
}

interface TranscriptTextProps {
  rootRef: RefObject<HTMLDivElement | null>;
  text: string;
  turns: readonly TurnRange[];
  highlights: ReadonlyMap<string, HighlightInfo>;
  describedBy?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

const STRIPE = 3;
const STRIPE_GAP = 1;
const MAX_STRIPES = 4;

/** Stacked underlines (one per coding, dashed for other coders) over blended tints: overlaps stay visible. */
export function highlightStyle(infos: readonly HighlightInfo[]): CSSProperties | undefined {
  if (infos.length === 0) return undefined;
  const shown = infos.slice(0, MAX_STRIPES);
  const stripes = shown.map((info, index) => {
    const bottom = index * (STRIPE + STRIPE_GAP);
    const image = info.dashed
      ? `repeating-linear-gradient(90deg, ${info.color} 0 6px, transparent 6px 9px)`
      : `linear-gradient(${info.color}, ${info.color})`;
    return `${image} 0 calc(100% - ${bottom}px) / 100% ${STRIPE}px no-repeat`;
  });
  const tints = shown.map((info) => `linear-gradient(${tint(info.color, 0.13)}, ${tint(info.color, 0.13)})`);
  return { background: [...stripes, ...tints].join(', '), paddingBottom: shown.length * (STRIPE + STRIPE_GAP) };
}

interface Tooltip {
  lines: { key: string; codeName: string; coderName: string; color: string }[];
  left: number;
  top: number;
}

/**
 * The transcript as speaker turns and paragraphs. Each piece of text is a span with data-offset (its first character's
 * offset into the text), so selections map back to offsets; highlights are drawn on those spans.
 */
export function TranscriptText({ rootRef, text, turns, highlights, describedBy, onKeyDown }: TranscriptTextProps) {
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const ranges = useMemo(() => [...highlights.values()].map((info) => info.coding), [highlights]);
  const blocks = useMemo(() => layoutText(text, turns, ranges), [text, turns, ranges]);

  function showTooltip(event: MouseEvent<HTMLDivElement>) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-codings]');
    const root = rootRef.current;
    if (!target || !root) {
      if (tooltip) setTooltip(null);
      return;
    }
    const ids = (target.dataset.codings ?? '').split(' ').filter(Boolean);
    const lines = ids
      .map((id) => highlights.get(id))
      .filter((info): info is HighlightInfo => info !== undefined)
      .map((info) => ({ key: info.coding.id, codeName: info.codeName, coderName: info.coderName, color: info.color }));
    const box = target.getBoundingClientRect();
    const frame = root.getBoundingClientRect();
    setTooltip({ lines, left: Math.max(0, Math.min(box.left - frame.left, frame.width - 260)), top: box.bottom - frame.top + root.scrollTop + 6 });
  }

  return (
    <div className="rs-text-frame">
      <div
        ref={rootRef}
        className="rs-text"
        tabIndex={0}
        role="region"
        aria-label="Transcript text"
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
        onMouseOver={showTooltip}
        onMouseLeave={() => setTooltip(null)}
      >
        <TextBody text={text} blocks={blocks} highlights={highlights} />
        {tooltip && tooltip.lines.length > 0 && (
          <div className="rs-tooltip" role="tooltip" style={{ left: tooltip.left, top: tooltip.top }}>
            {tooltip.lines.map((line) => (
              <p key={line.key}>
                <span className="rs-dot" style={{ background: line.color }} aria-hidden="true" />
                <strong>{line.codeName}</strong> <span className="rs-tooltip__coder">{line.coderName}</span>
              </p>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

const TextBody = memo(function TextBody({
  text,
  blocks,
  highlights,
}: {
  text: string;
  blocks: ReturnType<typeof layoutText>;
  highlights: ReadonlyMap<string, HighlightInfo>;
}) {
  if (blocks.length === 0) return <p className="muted">This transcript has no text.</p>;
  return (
    <>
      {blocks.map((block) => (
        <div key={block.start} className={block.speaker === null ? 'rs-turn rs-turn--plain' : 'rs-turn'}>
          {block.speaker !== null && <p className="rs-turn__speaker">{block.speaker}</p>}
          <div className="rs-turn__body">
            {block.paragraphs.map((paragraph) => (
              <p key={paragraph.start} className="rs-para">
                {paragraph.segments.map((segment) => {
                  const infos = segment.codingIds
                    .map((id) => highlights.get(id))
                    .filter((info): info is HighlightInfo => info !== undefined);
                  return (
                    <span
                      key={segment.start}
                      data-offset={segment.start}
                      data-codings={infos.length > 0 ? segment.codingIds.join(' ') : undefined}
                      className={infos.length > 0 ? 'rs-seg rs-seg--coded' : 'rs-seg'}
                      style={highlightStyle(infos)}
                    >
                      {text.slice(segment.start, segment.end)}
                    </span>
                  );
                })}
              </p>
            ))}
          </div>
        </div>
      ))}
    </>
  );
});
