/** The "how many weeks" filter of the signal pages that analyse a span of weeks (progression, propositions). */
export function WeeksSelect({ id, label, value, choices, onChange }: { id: string; label: string; value: number; choices: readonly number[]; onChange: (weeks: number) => void }) {
  return (
    <div className="sg-filters">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice} weeks
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
