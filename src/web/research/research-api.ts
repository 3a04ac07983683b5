import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AgreementView,
  CodeOperationInput,
  CodingView,
  InformantView,
  MemoView,
  ProjectDetail,
  ProjectSummary,
  SaturationView,
  TranscriptDetail,
  TranscriptSummary,
  codeOperationResult,
  cooccurrenceView,
  createCodingInput,
  createProjectInput,
  editTranscriptResult,
  guideInput,
  guideView,
  informantInput,
  MatrixView,
  memberCheckResponseInput,
  memoInput,
  searchView,
  suggestInput,
  suggestView,
  transcriptVersionText,
  transcriptVersionView,
  ValidityView,
  validityInput,
} from '../../shared/research';
import { api } from '../api/client';
import { uploadFile } from '../ui/upload-file';

export type CreateProjectBody = z.input<typeof createProjectInput>;
export type InformantBody = z.input<typeof informantInput>;
export type MemoBody = z.input<typeof memoInput>;
export type CreateCodingBody = z.input<typeof createCodingInput>;
export type SuggestBody = z.input<typeof suggestInput>;
export type SuggestView = z.infer<typeof suggestView>;
export type CodeOperationResult = z.infer<typeof codeOperationResult>;
export type EditTranscriptResult = z.infer<typeof editTranscriptResult>;
export type CooccurrenceView = z.infer<typeof cooccurrenceView>;
export type SearchView = z.infer<typeof searchView>;
export type ValidityBody = z.input<typeof validityInput>;
export type MemberCheckResponseBody = z.input<typeof memberCheckResponseInput>;
export type GuideView = z.infer<typeof guideView>;
export type GuideBody = z.input<typeof guideInput>;
export type TranscriptVersionView = z.infer<typeof transcriptVersionView>;
export type TranscriptVersionText = z.infer<typeof transcriptVersionText>;
export type { MatrixView, ValidityView };

export interface SearchSettings {
  q: string;
  caseSensitive: boolean;
  wholeWord: boolean;
}

import type { AuditEntry } from '../../shared/research';
export type { AuditEntry };

export interface SaturationSettings {
  base: number;
  run: number;
  /** A share, 0..1. */
  threshold: number;
}

export interface AgreementSettings {
  unit: 'segment' | 'character';
  countUncoded: boolean;
  coders: string[];
}

/** Every research query starts with 'research'; a project's queries with ['research', pid]. */
export const researchKey = ['research'] as const;
export const projectsKey = [...researchKey, 'projects'] as const;
export const projectKey = (pid: string) => [...researchKey, pid] as const;
export const transcriptKey = (pid: string, tid: string) => [...researchKey, pid, 'transcript', tid] as const;

const base = (pid: string) => `/api/research/projects/${encodeURIComponent(pid)}`;
const part = (value: string) => encodeURIComponent(value);

export const exportLinks = (pid: string) => ({
  qdpx: `${base(pid)}/export.qdpx`,
  qdc: `${base(pid)}/codebook.qdc`,
  csv: `${base(pid)}/codings.csv`,
  xlsx: `${base(pid)}/codings.xlsx`,
});

export function useProjects() {
  return useQuery({
    queryKey: projectsKey,
    queryFn: ({ signal }) => api<{ items: ProjectSummary[] }>('/api/research/projects', { signal }),
  });
}

export function useProject(pid: string) {
  return useQuery({
    queryKey: projectKey(pid),
    queryFn: ({ signal }) => api<ProjectDetail>(base(pid), { signal }),
  });
}

export function fetchTranscript(pid: string, tid: string, signal?: AbortSignal): Promise<TranscriptDetail> {
  return api<TranscriptDetail>(`${base(pid)}/transcripts/${part(tid)}`, { signal });
}

export function useTranscript(pid: string, tid: string) {
  return useQuery({ queryKey: transcriptKey(pid, tid), queryFn: ({ signal }) => fetchTranscript(pid, tid, signal) });
}

export function useSaturation(pid: string, settings: SaturationSettings) {
  return useQuery({
    queryKey: [...projectKey(pid), 'saturation', settings],
    queryFn: ({ signal }) => api<SaturationView>(`${base(pid)}/saturation`, { query: { ...settings }, signal }),
  });
}

export function useAgreement(pid: string, settings: AgreementSettings) {
  return useQuery({
    queryKey: [...projectKey(pid), 'agreement', settings],
    queryFn: ({ signal }) =>
      api<AgreementView>(`${base(pid)}/agreement`, {
        query: { unit: settings.unit, countUncoded: settings.countUncoded, coders: settings.coders.join(',') },
        signal,
      }),
    enabled: settings.coders.length >= 2,
  });
}

export function useAudit(pid: string) {
  return useQuery({
    queryKey: [...projectKey(pid), 'audit'],
    queryFn: ({ signal }) => api<{ items: AuditEntry[] }>(`${base(pid)}/audit`, { signal }),
  });
}

export function useSuggestions(pid: string, body: SuggestBody | null) {
  return useQuery({
    queryKey: [...projectKey(pid), 'suggest', body],
    queryFn: ({ signal }) => api<SuggestView>(`${base(pid)}/suggest`, { method: 'POST', body, signal }),
    enabled: body !== null && body.text.trim().length > 0,
    staleTime: 5 * 60_000,
  });
}

/** Invalidates the project list (its counts) and everything of one project. */
function useInvalidateProject(pid: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: projectsKey }),
      queryClient.invalidateQueries({ queryKey: projectKey(pid) }),
    ]);
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProjectBody) => api<ProjectSummary>('/api/research/projects', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKey }),
  });
}

export function useImportProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, format, name }: { file: File; format: 'qdpx' | 'qdc'; name: string }) =>
      uploadFile<ProjectSummary>('/api/research/projects/import', { format, name }, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectsKey }),
  });
}

export function useCreateInformant(pid: string) {
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: (body: InformantBody) => api<InformantView>(`${base(pid)}/informants`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateInformant(pid: string) {
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<InformantBody> }) =>
      api<InformantView>(`${base(pid)}/informants/${part(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useUploadTranscript(pid: string) {
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: ({ file, title, informantId }: { file: File; title: string; informantId: string | null }) =>
      uploadFile<TranscriptSummary>(`${base(pid)}/transcripts`, { fileName: file.name, title, informantId }, file),
    onSuccess: invalidate,
  });
}

export function editTranscript(pid: string, tid: string, text: string, baseVersion: number) {
  return api<EditTranscriptResult>(`${base(pid)}/transcripts/${part(tid)}`, { method: 'PUT', body: { text, baseVersion } });
}

export function useEditTranscript(pid: string, tid: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: ({ text, baseVersion }: { text: string; baseVersion: number }) => editTranscript(pid, tid, text, baseVersion),
    onSuccess: (result) => {
      const { moved: _moved, flagged: _flagged, ...detail } = result;
      queryClient.setQueryData<TranscriptDetail>(transcriptKey(pid, tid), detail);
      return invalidate();
    },
  });
}

export function runCodeOperation(pid: string, operation: CodeOperationInput) {
  return api<CodeOperationResult>(`${base(pid)}/codes/operations`, { method: 'POST', body: operation });
}

export function undoCodeOperation(pid: string) {
  return api<CodeOperationResult>(`${base(pid)}/codes/undo`, { method: 'POST' });
}

/** Runs a code-tree operation (or undo) and puts the answer's codes and undo state into the project at once. */
export function useCodeOperation(pid: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: (operation: CodeOperationInput | 'undo') =>
      operation === 'undo' ? undoCodeOperation(pid) : runCodeOperation(pid, operation),
    onSuccess: (result) => {
      queryClient.setQueryData<ProjectDetail>(projectKey(pid), (detail) =>
        detail ? { ...detail, codes: result.codes, canUndo: result.canUndo } : detail,
      );
      return invalidate();
    },
  });
}

export function createCoding(pid: string, body: CreateCodingBody) {
  return api<CodingView>(`${base(pid)}/codings`, { method: 'POST', body });
}

export function deleteCoding(pid: string, codingId: string) {
  return api<void>(`${base(pid)}/codings/${part(codingId)}`, { method: 'DELETE' });
}

export function useCreateCoding(pid: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: (body: CreateCodingBody) => createCoding(pid, body),
    onSuccess: (coding) => {
      // Show the new highlight at once; the refetch that follows brings the counts.
      queryClient.setQueryData<TranscriptDetail>(transcriptKey(pid, coding.transcriptId), (detail) =>
        detail && !detail.codings.some((item) => item.id === coding.id)
          ? { ...detail, codings: [...detail.codings, coding] }
          : detail,
      );
      // Not awaited: coding goes on while the counts refresh, so the next passage can be coded at once.
      void invalidate();
    },
  });
}

export function useDeleteCoding(pid: string) {
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: (coding: CodingView) => deleteCoding(pid, coding.id),
    onSuccess: invalidate,
  });
}

export function useCreateMemo(pid: string) {
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: (body: MemoBody) => api<MemoView>(`${base(pid)}/memos`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteMemo(pid: string) {
  const invalidate = useInvalidateProject(pid);
  return useMutation({
    mutationFn: (memo: MemoView) => api<void>(`${base(pid)}/memos/${part(memo.id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useMatrix(pid: string, attribute: string) {
  return useQuery({
    queryKey: [...projectKey(pid), 'matrix', attribute],
    queryFn: ({ signal }) => api<MatrixView>(`${base(pid)}/queries/matrix`, { query: { attribute }, signal }),
  });
}

export function useCooccurrence(pid: string) {
  return useQuery({
    queryKey: [...projectKey(pid), 'cooccurrence'],
    queryFn: ({ signal }) => api<CooccurrenceView>(`${base(pid)}/queries/cooccurrence`, { signal }),
  });
}

export function useTextSearch(pid: string, settings: SearchSettings) {
  return useQuery({
    queryKey: [...projectKey(pid), 'search', settings],
    queryFn: ({ signal }) =>
      api<SearchView>(`${base(pid)}/queries/search`, {
        query: { q: settings.q, caseSensitive: settings.caseSensitive, wholeWord: settings.wholeWord },
        signal,
      }),
    placeholderData: (previous) => previous,
  });
}

const validityKey = (pid: string) => [...projectKey(pid), 'validity'] as const;

export function useValidity(pid: string) {
  return useQuery({
    queryKey: validityKey(pid),
    queryFn: ({ signal }) => api<{ items: ValidityView[] }>(`${base(pid)}/validity`, { signal }),
  });
}

export function useCreateValidity(pid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ValidityBody) => api<ValidityView>(`${base(pid)}/validity`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: validityKey(pid) }),
  });
}

export function useRecordResponse(pid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vid, body }: { vid: string; body: MemberCheckResponseBody }) =>
      api<ValidityView>(`${base(pid)}/validity/${part(vid)}/responses`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: validityKey(pid) }),
  });
}

const guideKey = (pid: string) => [...projectKey(pid), 'guide'] as const;

export function useGuide(pid: string) {
  return useQuery({
    queryKey: guideKey(pid),
    queryFn: ({ signal }) => api<GuideView>(`${base(pid)}/guide`, { signal }),
  });
}

export function useSaveGuide(pid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GuideBody) => api<GuideView>(`${base(pid)}/guide`, { method: 'PUT', body }),
    onSuccess: (guide) => {
      queryClient.setQueryData(guideKey(pid), guide);
      return queryClient.invalidateQueries({ queryKey: [...projectKey(pid), 'audit'] });
    },
  });
}

export function useTranscriptVersions(pid: string, tid: string, enabled: boolean) {
  return useQuery({
    queryKey: [...transcriptKey(pid, tid), 'versions'],
    queryFn: ({ signal }) => api<{ items: TranscriptVersionView[] }>(`${base(pid)}/transcripts/${part(tid)}/versions`, { signal }),
    enabled,
  });
}

export function useTranscriptVersion(pid: string, tid: string, version: number | null) {
  return useQuery({
    queryKey: [...transcriptKey(pid, tid), 'versions', version],
    queryFn: ({ signal }) => api<TranscriptVersionText>(`${base(pid)}/transcripts/${part(tid)}/versions/${version ?? 0}`, { signal }),
    enabled: version !== null,
    staleTime: Infinity,
  });
}
