import { describe, expect, it } from "vitest";
import { refusalFocus } from "./refusal-focus";

describe("refusalFocus", () => {
  it("puts autofocus on the first field marked invalid, and only on it", () => {
    const html = `<form><input id="a" name="a"/><select id="b" name="b" aria-invalid="true" aria-describedby="b-error"></select><input id="c" aria-invalid="true"/></form>`;
    const out = refusalFocus()(html);
    expect(out).toContain(`<select autofocus id="b"`);
    expect(out.match(/autofocus/g)).toHaveLength(1);
  });

  it("makes the error summary focusable and focuses it when no field is named", () => {
    const out = refusalFocus()(`<main><div class="alert alert-error" role="alert"><p>Die Verbindung ist fehlgeschlagen.</p></div></main>`);
    expect(out).toContain(`<div class="alert alert-error" tabindex="-1" autofocus role="alert">`);
  });

  it("focuses once per page, whatever the chunks", () => {
    const focus = refusalFocus();
    expect(focus(`<input aria-invalid="true"/>`)).toContain("autofocus");
    expect(focus(`<input aria-invalid="true"/>`)).not.toContain("autofocus");
  });

  it("leaves a page without a refusal as it is", () => {
    const html = `<form><input name="a" aria-invalid="false"/><p role="status">Gespeichert.</p></form>`;
    expect(refusalFocus()(html)).toBe(html);
  });
});
