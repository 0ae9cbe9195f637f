// Where focus lands when a form posted without JavaScript comes back refused. The page the
// server renders is a new page: the browser would start at its top, and a keyboard or screen
// reader user would have to hunt for what went wrong. So the first field marked invalid gets
// `autofocus` (its message is tied to it by aria-describedby and read with it; the browser
// scrolls it into view), or, when the refusal names no field, the form's error summary
// (made focusable). With JavaScript, lib/focus.ts does the same after an enhanced submit.

const INVALID = /\saria-invalid="true"/;
const SUMMARY = /<div class="alert alert-error" role="alert"/;

/** Adds `autofocus` to the first invalid field (or error summary) of a page's HTML; once per page. */
export function refusalFocus(): (html: string) => string {
  let done = false;
  return (html) => {
    if (done) return html;
    const invalid = html.match(INVALID);
    if (invalid?.index !== undefined) {
      const start = html.lastIndexOf("<", invalid.index);
      const name = html.slice(start).match(/^<[a-zA-Z][\w-]*/);
      if (start >= 0 && name) {
        done = true;
        const at = start + name[0].length;
        return `${html.slice(0, at)} autofocus${html.slice(at)}`;
      }
    }
    const summary = html.match(SUMMARY);
    if (summary?.index !== undefined) {
      done = true;
      const at = summary.index + '<div class="alert alert-error"'.length;
      return `${html.slice(0, at)} tabindex="-1" autofocus${html.slice(at)}`;
    }
    return html;
  };
}
