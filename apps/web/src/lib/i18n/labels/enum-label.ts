// Texts for enum values (status, role, kind …) looked up at run time: one module per enum in this
// folder, imported by its own path, so that a page's JavaScript carries the texts of the enums it
// shows and no others (a single module, or an index re-exporting them all, put every label into
// every page that showed one). Add a value's message to its enum's file when the enum grows.

/** A lookup of an enum value's text; a value without a message is shown as it is. */
export function enumLabel(messages: Record<string, () => string>): (value: string | number) => string {
  return (value) => {
    const message = messages[String(value)];
    return message ? message() : String(value);
  };
}
