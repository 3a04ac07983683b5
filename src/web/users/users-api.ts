import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, UpdateUserInput, UserView } from '../../shared/users';
import { api } from '../api/client';

const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: ({ signal }) => api<{ items: UserView[] }>('/api/users', { signal }),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api<UserView>('/api/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: UpdateUserInput) =>
      api<UserView>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
    onSuccess: (updated) => {
      queryClient.setQueryData<{ items: UserView[] }>(usersKey, (list) =>
        list ? { items: list.items.map((user) => (user.id === updated.id ? updated : user)) } : list,
      );
    },
  });
}
