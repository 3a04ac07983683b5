import { useId } from 'react';
import { useModalDialog } from '../../ui/use-modal-dialog';

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Tab to the text', action: 'Focus the transcript text' },
  { keys: 'Shift + ← / →', action: 'Select one character more or less' },
  { keys: 'Ctrl + Shift + ← / →', action: 'Select a word more or less' },
  { keys: 'Shift + ↑ / ↓', action: 'Select a line more or less' },
  { keys: '← / →', action: 'Move the cursor in the text (the codes under it are announced)' },
  { keys: 'c or Enter', action: 'Go to the code filter for the selected passage' },
  { keys: '↑ / ↓ then Enter', action: 'Choose a code in the filtered list and apply it' },
  { keys: '1 – 9', action: 'Apply that suggestion to the selected passage' },
  { keys: 'Esc', action: 'Cancel the selection, or close this help' },
  { keys: '?', action: 'Show this help' },
];

/** The workbench's keyboard shortcuts, on the native <dialog>. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="dialog rs-dialog--wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Keyboard shortcuts
      </h2>
      <table className="table table--compact rs-shortcuts">
        <caption className="sr-only">Keyboard shortcuts of the coding workbench</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd className="rs-kbd rs-kbd--wide">{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
