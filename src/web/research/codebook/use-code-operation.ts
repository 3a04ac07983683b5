import { useCallback } from 'react';
import type { CodeOperationInput } from '../../../shared/research';
import { errorText } from '../../ui/error-message';
import { useToast } from '../../ui/toast';
import { useCodeOperation } from '../research-api';

/** Runs a code-tree operation and tells the user the server's message, with Undo when it can be undone. */
export function useRunCodeOperation(pid: string) {
  const mutation = useCodeOperation(pid);
  const toast = useToast();
  const { mutateAsync } = mutation;

  const undo = useCallback(async () => {
    try {
      const result = await mutateAsync('undo');
      toast({ message: result.message, tone: 'success' });
      return true;
    } catch (error) {
      toast({ message: `Could not undo: ${errorText(error)}`, tone: 'error' });
      return false;
    }
  }, [mutateAsync, toast]);

  const run = useCallback(
    async (operation: CodeOperationInput): Promise<boolean> => {
      try {
        const result = await mutateAsync(operation);
        toast({
          message: result.message,
          tone: 'success',
          action: result.canUndo ? { label: 'Undo', onAction: () => void undo() } : undefined,
        });
        return true;
      } catch (error) {
        toast({ message: errorText(error), tone: 'error' });
        return false;
      }
    },
    [mutateAsync, toast, undo],
  );

  return { run, undo, isPending: mutation.isPending };
}
