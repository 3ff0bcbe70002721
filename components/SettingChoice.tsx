interface SettingChoiceProps {
  /** Names the checkbox (`data-testid="<name>-setting"`) and its explanation (`id="<name>-why"`). */
  name: string;
  /** The block's class, for its layout. */
  class: string;
  checked: boolean;
  label: string;
  /** Why someone would want it: shown under the checkbox and read with it by a screen reader. */
  why: string;
  onChange: (checked: boolean) => void;
}

/** A setting that is on or off, with a sentence that says why one would want it. */
export function SettingChoice({ name, class: className, checked, label, why, onChange }: SettingChoiceProps) {
  return (
    <div class={className}>
      <label class="checkbox">
        <input
          type="checkbox"
          data-testid={`${name}-setting`}
          checked={checked}
          aria-describedby={`${name}-why`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {label}
      </label>
      <p id={`${name}-why`} class="hint">
        {why}
      </p>
    </div>
  );
}
