// One choice of a select or a checkbox group (SelectField, CheckboxGroup): the value posted and
// the label shown.
export interface Option {
  value: string;
  label: string;
}

/** What CheckboxGroup and RadioGroup share: the choices under one legend, with a hint and an error. */
export interface ChoiceGroupProps {
  name: string;
  legend: string;
  options: readonly Option[];
  /** Prefix of the ids (`<id>-<value>`, `<id>-hint`, `<id>-error`). */
  id?: string;
  hint?: string;
  error?: string;
  /** A framed group (`.group`) as the sections of a long form have. */
  framed?: boolean;
}
