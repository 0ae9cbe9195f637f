// The ids a field's hint and error carry, and the aria-describedby that names those shown:
// one rule for every field of the design system (TextField, TextArea, SelectField, CheckboxGroup, RadioGroup).
export function fieldIds(id: string, hint: unknown, error: unknown): { hintId: string; errorId: string; describedBy: string | undefined } {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return { hintId, errorId, describedBy: [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined };
}
