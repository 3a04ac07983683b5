import { codebookToQdc } from '../../domain/research/refi-qda/export-qdc';
import { builtinCodeTree } from './create-project';
import { codesToQda } from './qda-mapping';

/** The built-in SMI codebook as a .qdc, with fresh GUIDs. */
export function builtinCodebookQdc(): string {
  return codebookToQdc(codesToQda(builtinCodeTree()), { origin: 'Tandem' });
}
