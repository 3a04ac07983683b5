import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  advisoryInputInput,
  advisoryMemberInput,
  blessingInput,
  createInitiativeInput,
  createPulseInput,
  evidenceInput,
  evidenceItem,
  feedbackInput,
  feedbackList,
  feedbackResponseInput,
  flexDecisionInput,
  flexRequest,
  flexRequestInput,
  InitiativeDetail,
  initiativeList,
  notificationList,
  openLoopsView,
  pulseAnswerInput,
  pulseDetail,
  PulseResults,
  Stage,
  testMarketInput,
  TransitionInput,
  updateInitiativeInput,
  updateTestMarketInput,
  waitingForMe,
  workingSessionInput,
} from '../../shared/buyin';
import { api } from '../api/client';
import { uploadFile } from '../ui/upload-file';

export type InitiativeList = z.infer<typeof initiativeList>;
export type FeedbackList = z.infer<typeof feedbackList>;
/** Input type: a server that lists only feedback leaves `flexRequests` out. */
export type OpenLoopsView = z.input<typeof openLoopsView>;
export type FlexRequest = z.infer<typeof flexRequest>;
export type EvidenceItem = z.infer<typeof evidenceItem>;
export type PulseDetail = z.infer<typeof pulseDetail>;
export type WaitingForMe = z.infer<typeof waitingForMe>;
export type NotificationList = z.infer<typeof notificationList>;
export type CreateInitiativeBody = z.input<typeof createInitiativeInput>;
export type UpdateInitiativeBody = z.input<typeof updateInitiativeInput>;
export type UpdateTestMarketBody = z.input<typeof updateTestMarketInput>;
export type CreatePulseBody = z.input<typeof createPulseInput>;
export type EvidenceBody = z.input<typeof evidenceInput>;
export type FeedbackBody = z.input<typeof feedbackInput>;
export type FeedbackResponseBody = z.input<typeof feedbackResponseInput>;
export type FlexRequestBody = z.input<typeof flexRequestInput>;
export type FlexDecisionBody = z.input<typeof flexDecisionInput>;
export type TestMarketBody = z.input<typeof testMarketInput>;
export type WorkingSessionBody = z.input<typeof workingSessionInput>;
export type AdvisoryMemberBody = z.input<typeof advisoryMemberInput>;
export type AdvisoryInputBody = z.input<typeof advisoryInputInput>;
export type BlessingBody = z.input<typeof blessingInput>;
export type PulseAnswers = z.infer<typeof pulseAnswerInput>['answers'];

/** Every buy-in query starts with 'buyin', so one invalidation after a change refreshes every page that shows it. */
export const buyinKey = ['buyin'] as const;

const enc = encodeURIComponent;
const initiativePath = (id: string) => `/api/initiatives/${enc(id)}`;
const pulsePath = (id: string) => `/api/pulses/${enc(id)}`;

export interface InitiativeFilter {
  stage?: Stage;
  q?: string;
  mine?: boolean;
}

export function useInitiatives(filter: InitiativeFilter) {
  return useQuery({
    queryKey: [...buyinKey, 'initiatives', filter],
    queryFn: ({ signal }) => api<InitiativeList>('/api/initiatives', { query: { ...filter, mine: filter.mine || undefined }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInitiative(id: string) {
  return useQuery({
    queryKey: [...buyinKey, 'initiative', id],
    queryFn: ({ signal }) => api<InitiativeDetail>(initiativePath(id), { signal }),
  });
}

export function usePulse(id: string) {
  return useQuery({
    queryKey: [...buyinKey, 'pulse', id],
    queryFn: ({ signal }) => api<PulseDetail>(pulsePath(id), { signal }),
  });
}

export interface ResultsFilter {
  region?: string;
  level?: string;
}

/** Results of one pulse under a filter; the unfiltered results come with the initiative itself. */
export function usePulseResults(id: string | null, filter: ResultsFilter, enabled: boolean) {
  return useQuery({
    queryKey: [...buyinKey, 'results', id, filter],
    queryFn: ({ signal }) => api<PulseResults>(`${pulsePath(id ?? '')}/results`, { query: { ...filter }, signal }),
    enabled: enabled && id !== null,
    retry: false,
  });
}

export function useWaitingForMe() {
  return useQuery({ queryKey: [...buyinKey, 'waiting'], queryFn: ({ signal }) => api<WaitingForMe>('/api/waiting', { signal }) });
}

export function useOpenLoops(scope: 'mine' | 'all') {
  return useQuery({
    queryKey: [...buyinKey, 'open-loops', scope],
    queryFn: ({ signal }) => api<OpenLoopsView>('/api/open-loops', { query: { scope }, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: [...buyinKey, 'notifications'],
    queryFn: ({ signal }) => api<NotificationList>('/api/notifications', { signal }),
    staleTime: 15_000,
    refetchInterval: 60_000,
    retry: false,
  });
}

/** A mutation that refreshes every buy-in query once it settles. */
function useBuyinMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: buyinKey }) });
}

export const useCreateInitiative = () =>
  useBuyinMutation((body: CreateInitiativeBody) => api<{ id: string }>('/api/initiatives', { method: 'POST', body }));

export const useUpdateInitiative = (id: string) =>
  useBuyinMutation((body: UpdateInitiativeBody) => api<unknown>(initiativePath(id), { method: 'PATCH', body }));

export const useTransition = (id: string) =>
  useBuyinMutation((body: TransitionInput) => api<unknown>(`${initiativePath(id)}/transitions`, { method: 'POST', body }));

export const useAddEvidence = (id: string) =>
  useBuyinMutation((body: EvidenceBody) => api<EvidenceItem>(`${initiativePath(id)}/evidence`, { method: 'POST', body }));

export const useUploadEvidence = (id: string) =>
  useBuyinMutation(({ file, title, note }: { file: File; title: string; note: string }) =>
    uploadFile<EvidenceItem>(`${initiativePath(id)}/evidence/file`, { fileName: file.name, title, note }, file),
  );

export const evidenceDownloadUrl = (initiativeId: string, evidenceId: string) =>
  `${initiativePath(initiativeId)}/evidence/${enc(evidenceId)}/file`;

export const useAddAdvisoryMember = (id: string) =>
  useBuyinMutation((body: AdvisoryMemberBody) => api<unknown>(`${initiativePath(id)}/advisory-members`, { method: 'POST', body }));

export const useAddAdvisoryInput = (id: string) =>
  useBuyinMutation((body: AdvisoryInputBody) => api<unknown>(`${initiativePath(id)}/advisory-inputs`, { method: 'POST', body }));

export const useAddWorkingSession = (id: string) =>
  useBuyinMutation((body: WorkingSessionBody) => api<unknown>(`${initiativePath(id)}/working-sessions`, { method: 'POST', body }));

export const useUpdateTestMarket = (id: string) =>
  useBuyinMutation(({ testMarketId, ...body }: UpdateTestMarketBody & { testMarketId: string }) =>
    api<unknown>(`${initiativePath(id)}/test-markets/${enc(testMarketId)}`, { method: 'PATCH', body }),
  );

export const useAddTestMarket = (id: string) =>
  useBuyinMutation((body: TestMarketBody) => api<unknown>(`${initiativePath(id)}/test-markets`, { method: 'POST', body }));

export const useGiveFeedback = (id: string) =>
  useBuyinMutation((body: FeedbackBody) => api<unknown>(`${initiativePath(id)}/feedback`, { method: 'POST', body }));

export const useRespondToFeedback = () =>
  useBuyinMutation(({ feedbackId, ...body }: FeedbackResponseBody & { feedbackId: string }) =>
    api<unknown>(`/api/feedback/${enc(feedbackId)}/response`, { method: 'POST', body }),
  );

export const useAskFlex = (id: string) =>
  useBuyinMutation((body: FlexRequestBody) => api<FlexRequest>(`${initiativePath(id)}/flex-requests`, { method: 'POST', body }));

export const useDecideFlex = () =>
  useBuyinMutation(({ flexId, ...body }: FlexDecisionBody & { flexId: string }) =>
    api<FlexRequest>(`/api/flex-requests/${enc(flexId)}/decision`, { method: 'POST', body }),
  );

export const useOpenPulse = (id: string) =>
  useBuyinMutation((body: CreatePulseBody) => api<PulseDetail>(`${initiativePath(id)}/pulses`, { method: 'POST', body }));

export const useRemind = () =>
  useBuyinMutation((pulseId: string) => api<{ reminded: number }>(`${pulsePath(pulseId)}/reminders`, { method: 'POST' }));

export const useClosePulse = () => useBuyinMutation((pulseId: string) => api<unknown>(`${pulsePath(pulseId)}/close`, { method: 'POST' }));

/** First answers POST, changed answers PUT (a second POST is a conflict). */
export const useSaveAnswers = (pulseId: string) =>
  useBuyinMutation(({ answers, change }: { answers: PulseAnswers; change: boolean }) =>
    api<PulseDetail>(`${pulsePath(pulseId)}/answers`, { method: change ? 'PUT' : 'POST', body: { answers } }),
  );

export const useDeleteAnswers = (pulseId: string) =>
  useBuyinMutation(() => api<void>(`${pulsePath(pulseId)}/answers`, { method: 'DELETE' }));

export const useRecordBlessing = (id: string) =>
  useBuyinMutation((body: BlessingBody) => api<unknown>(`${initiativePath(id)}/blessings`, { method: 'POST', body }));

export const useMarkNotificationRead = () =>
  useBuyinMutation((notificationId: string) => api<unknown>(`/api/notifications/${enc(notificationId)}/read`, { method: 'POST' }));

export const useMarkAllNotificationsRead = () => useBuyinMutation(() => api<unknown>('/api/notifications/read', { method: 'POST' }));
