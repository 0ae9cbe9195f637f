// One choice of a select or a checkbox group (SelectField, CheckboxGroup): the value posted and
// the label shown.
export interface Option {
  value: string;
  label: string;
}
