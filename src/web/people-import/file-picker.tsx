import { useId, useState, type DragEvent } from 'react';

interface FilePickerProps {
  disabled?: boolean;
  onPick: (file: File) => void;
}

/** A CSV file input that also accepts a file dropped on it. The input itself is the keyboard path. */
export function FilePicker({ disabled = false, onPick }: FilePickerProps) {
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) onPick(file);
  }

  return (
    <div
      className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        className="sr-only file-input"
        type="file"
        accept=".csv,text/csv"
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clear the value so picking the same (fixed) file again still fires a change.
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
      <label htmlFor={inputId} className={disabled ? 'button button--primary is-disabled' : 'button button--primary'}>
        Choose a CSV file
      </label>
      <p id={hintId} className="drop-zone__hint">
        or drop it here. Tandem checks every row first; nothing is written until you confirm.
      </p>
    </div>
  );
}
