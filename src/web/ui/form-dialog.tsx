import { useId, type FormEvent, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  busy?: boolean;
  danger?: boolean;
  wide?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A modal form on the native <dialog> (focus stays inside; Escape cancels), in the look of ConfirmDialog. */
export function FormDialog({ open, title, submitLabel, busy = false, danger = false, wide = false, onSubmit, onCancel, children }: FormDialogProps) {
  const ref = useModalDialog(open);
  const titleId = useId();


  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog rs-dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <form
          noValidate
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <div className="dialog__body">{children}</div>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'} disabled={busy}>
              {submitLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
