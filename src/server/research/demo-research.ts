import type { DemoContributor } from '../demo/demo-contributors';
import { newId } from '../ids';
import { recordAudit } from './audit-repository';
import { saveCodes } from './codes-repository';
import { insertCodings, type CodingRow } from './codings-repository';
import { builtinCodeTree } from './create-project';
import { DEMO_INTERVIEWS } from './demo-interviews';
import { insertInformants } from './informants-repository';
import { insertCoders, insertProject } from './projects-repository';
import { readTranscriptFile } from './transcripts';
import { insertTranscript } from './transcripts-repository';

/** A demo research project: four dyadic interviews (two dyads, two levels), coded by two coders. */
export const researchDemo: DemoContributor = {
  name: 'research project',
  async contribute({ tx, orgId }) {
    const projectId = newId();
    await insertProject(tx, { orgId, id: projectId, name: 'SMI dysfunctions — EMEA North (demo)', description: 'Four synthetic dyadic interviews at two levels, coded by two coders with the built-in codebook.', createdBy: null });
    const codes = builtinCodeTree();
    await saveCodes(tx, orgId, projectId, codes, []);
    const codeOf = new Map(codes.map((c) => [c.builtinId, c.id]));
    const coders = [
      { orgId, id: newId(), projectId, name: 'Coder A (demo)', userId: null },
      { orgId, id: newId(), projectId, name: 'Coder B (demo)', userId: null },
    ];
    await insertCoders(tx, coders);
    const codings: CodingRow[] = [];
    for (const [position, interview] of DEMO_INTERVIEWS.entries()) {
      const informantId = newId();
      await insertInformants(tx, orgId, projectId, [{ id: informantId, ...interview.informant, firm: 'Northwind (demo)', attributes: {} }]);
      const transcriptId = newId();
      const { turns } = readTranscriptFile('demo.txt', new TextEncoder().encode(interview.text));
      await insertTranscript(tx, { orgId, id: transcriptId, projectId, informantId, title: interview.title, text: interview.text, turns, position, editedBy: null });
      for (const coding of interview.codings) {
        const start = interview.text.indexOf(coding.quote);
        if (start < 0) throw new Error(`demo interview "${interview.title}" has no passage "${coding.quote}"`);
        const span = { transcriptId, start, end: start + coding.quote.length, flagReason: null };
        codings.push({ id: newId(), codeId: codeOf.get(coding.a) as string, coderId: coders[0]?.id as string, ...span });
        if (coding.b) codings.push({ id: newId(), codeId: codeOf.get(coding.b) as string, coderId: coders[1]?.id as string, ...span });
      }
    }
    await insertCodings(tx, orgId, projectId, codings);
    await recordAudit(tx, orgId, projectId, { id: newId(), actorId: null, actorName: 'Tandem demo', action: 'created the demo project', entity: 'project', entityId: projectId, detail: { interviews: DEMO_INTERVIEWS.length, codings: codings.length } });
  },
};
