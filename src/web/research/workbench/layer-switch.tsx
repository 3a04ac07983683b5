import type { CoderView } from '../../../shared/research';

/** 'me', 'all', or a coder's id. */
export type Layer = string;

interface LayerSwitchProps {
  coders: readonly CoderView[];
  value: Layer;
  onChange: (layer: Layer) => void;
}

/** Which coding layer the text shows: mine, one coder's, or all coders' at once. */
export function LayerSwitch({ coders, value, onChange }: LayerSwitchProps) {
  const options: { value: Layer; label: string }[] = [
    { value: 'me', label: 'My codes' },
    ...coders.filter((coder) => !coder.isMe).map((coder) => ({ value: coder.id, label: coder.name })),
    { value: 'all', label: 'All coders' },
  ];
  return (
    <fieldset className="rs-segmented">
      <legend className="rs-label">Show codings of</legend>
      <div className="rs-segmented__options">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'rs-segmented__option is-checked' : 'rs-segmented__option'}>
            <input
              type="radio"
              name="coding-layer"
              className="sr-only"
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
