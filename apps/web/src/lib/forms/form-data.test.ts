import { describe, expect, it } from "vitest";
import { all, checked, echo, fromEcho, integer, optional, raw, rows, text } from "./form-data";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("reading a submitted form", () => {
  it("trims texts, keeps passwords as typed, and tells empty from given", () => {
    const data = form([["email", "  a@b.de "], ["password", " secret "], ["note", "   "]]);
    expect(text(data, "email")).toBe("a@b.de");
    expect(raw(data, "password")).toBe(" secret ");
    expect(optional(data, "note")).toBeNull();
    expect(text(data, "missing")).toBe("");
  });

  it("reads a textarea's line breaks as the browser typed them, whether it posted CRLF or not", () => {
    const data = form([["address", "Industriestraße 1\r\n26121 Oldenburg\r\n"], ["rows.0.note", "a\r\nb"]]);
    expect(text(data, "address")).toBe("Industriestraße 1\n26121 Oldenburg");
    expect(rows(data, "rows")).toEqual([{ note: "a\nb" }]);
  });

  it("reads checkboxes and repeated fields", () => {
    const data = form([["consent", "on"], ["roles", "COORDINATOR"], ["roles", " TRAINER "], ["roles", ""]]);
    expect(checked(data, "consent")).toBe(true);
    expect(checked(data, "other")).toBe(false);
    expect(all(data, "roles")).toEqual(["COORDINATOR", "TRAINER"]);
  });

  it("reads whole numbers, and marks what is not one", () => {
    const data = form([["a", "12"], ["b", ""], ["c", "1,5"]]);
    expect(integer(data, "a")).toBe(12);
    expect(integer(data, "b")).toBeNull();
    expect(integer(data, "c")).toBeNaN();
  });

  it("collects rows by index in order, closing gaps of removed rows", () => {
    const data = form([["rules.2.weekday", "3"], ["rules.0.weekday", "1"], ["rules.0.start", " 09:00"], ["rules.2.start", "14:00"], ["rulesX.1.a", "no"]]);
    expect(rows(data, "rules")).toEqual([{ weekday: "1", start: "09:00" }, { weekday: "3", start: "14:00" }]);
  });

  it("shows typed texts again, but never a password", () => {
    const data = form([["email", "a@b.de"], ["password", "x"], ["newPassword", "y"], ["token", "t"]]);
    expect(echo(data, ["token"])).toEqual({ email: "a@b.de" });
  });

  it("reads echoed values again as the form they came from, repeated fields included", () => {
    const data = fromEcho(echo(form([["name", "Amina"], ["topicIds", "t1"], ["topicIds", "t2"], ["password", "x"]])));
    expect(text(data, "name")).toBe("Amina");
    expect(all(data, "topicIds")).toEqual(["t1", "t2"]);
    expect(data.has("password")).toBe(false);
  });
});
