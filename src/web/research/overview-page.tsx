import { formatNumber } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { GuideSection } from './guide-section';
import { InformantsSection } from './informants-section';
import { MemoSection } from './memos';
import { useProjectDetail } from './project-layout';
import { TranscriptsSection } from './transcripts-section';

export function OverviewPage() {
  const detail = useProjectDetail();
  const { project } = detail;
  usePageTitle(project.name);
  return (
    <>
      <header className="page-header">
        <h1>{project.name}</h1>
        {project.description && <p className="page-header__lead">{project.description}</p>}
        <dl className="stats stats--compact">
          <Stat label="Transcripts" value={project.transcripts} />
          <Stat label="Informants" value={project.informants} />
          <Stat label="Codes" value={project.codes} />
          <Stat label="Codings" value={project.codings} />
        </dl>
      </header>
      <TranscriptsSection detail={detail} />
      <InformantsSection detail={detail} />
      <GuideSection pid={project.id} />
      <section className="section" aria-labelledby="project-memos-heading">
        <h2 id="project-memos-heading">Project memos</h2>
        <p className="section__lead">Analytic notes on the whole study: emerging ideas, sampling decisions, open questions.</p>
        <MemoSection
          pid={project.id}
          target={{ targetType: 'project', targetId: project.id }}
          memos={detail.memos.filter((memo) => memo.targetType === 'project')}
          label="project memo"
        />
      </section>
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{formatNumber(value)}</dd>
    </div>
  );
}
