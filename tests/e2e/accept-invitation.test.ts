// A membership in a further organisation for someone who already has an
// account: the admin of Landkreis Osnabrück invites the address of a volunteer
// of Stadt Oldenburg; the mail (from the development mail folder, the real
// delivery path) carries an /accept-invitation link; the account owner opens it
// on a phone, accepts, signs in and switches to Osnabrück; signed in already, the
// page says to switch organisation instead of signing in. A link accepted before
// says so (signed out: sign in; signed in: switch), a link nobody sent is
// invalid, and a link opened by someone else who is signed in is refused with a
// message that says why. Each test makes its own people through the API factories.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, inviteUser, newPerson, signIn, signUpVolunteer, switchOrganization, type Person } from "@lotse/testing/factories";
import { linkIn } from "@lotse/testing/mail";
import type { ApiSession } from "@lotse/testing/operations";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, openMenu, signInThroughPage, statuses, switchLanguage } from "../support/pages.ts";

const OSNABRUECK = "Landkreis Osnabrück – Migrationszentrum";

describe.skipIf(!hasChromium)("accepting an invitation into a further organisation in the browser", () => {
  let browser: Browser;
  /** The demo admin, working in Osnabrück (they administer Oldenburg too). */
  let osnabrueckAdmin: ApiSession;

  beforeAll(async () => {
    osnabrueckAdmin = await signIn(lotse, demo.admin);
    await switchOrganization(osnabrueckAdmin, OSNABRUECK);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const phonePage = async (): Promise<Page> => (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();

  /** A volunteer of Oldenburg with an account, invited to Osnabrück; the link from the mail. */
  async function invitedVolunteer(label: string): Promise<{ person: Person; link: string }> {
    const person = newPerson(label);
    await signUpVolunteer(lotse, person);
    await inviteUser(osnabrueckAdmin, { email: person.email, name: `${label} (Einladung)`, roles: ["COORDINATOR"] });
    const mail = await lotse.mailbox.newestTo(person.email, { text: "/accept-invitation?" });
    expect(mail.text).toContain(OSNABRUECK);
    return { person, link: linkIn(mail, "/accept-invitation") };
  }

  it("the account owner accepts on a phone, signs in and switches to the new organisation", async () => {
    const { person, link } = await invitedVolunteer("Angenommen");
    expect(link).toMatch(new RegExp(`^${webUrl}/accept-invitation\\?token=[\\w-]+$`));

    const page = await phonePage();
    await page.goto(link);
    await page.getByRole("heading", { name: "Einladung annehmen", level: 1 }).waitFor();
    await hydrated(page, "Einladung annehmen");
    expect(await page.textContent("main")).toContain("Ihr Passwort bleibt, wie es ist.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    // The page speaks English on request too.
    await switchLanguage(page, "en");
    await page.getByRole("heading", { name: "Accept invitation", level: 1 }).waitFor();
    await switchLanguage(page, "de");
    await page.getByRole("heading", { name: "Einladung annehmen", level: 1 }).waitFor();
    await hydrated(page, "Einladung annehmen");

    await page.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect.poll(() => statuses(page)).toContain("Sie haben die Einladung angenommen.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole("link", { name: "Zur Anmeldung" }).click();
    await signInThroughPage(page, webUrl, person.email, person.password);
    // On the phone the organisation is chosen in the header's menu.
    await openMenu(page);
    const switcher = page.getByLabel("Organisation", { exact: true }).filter({ visible: true });
    await switcher.selectOption({ label: OSNABRUECK });
    await hydrated(page, "Wechseln");
    await page.getByRole("button", { name: "Wechseln" }).click();
    await expect.poll(() => page.textContent("body")).toContain(OSNABRUECK);
    await openMenu(page);
    await expect.poll(() => switcher.inputValue()).not.toBe("");
    expect(await switcher.locator("option:checked").textContent()).toBe(OSNABRUECK);
    expect(await horizontalOverflow(page)).toBe(0);

    // Accepted, Osnabrück's user list shows the person as active under their own name.
    const { users } = await osnabrueckAdmin.run<{ users: { edges: { node: { name: string; status: string } }[] } }>("Users", { first: 5, filter: { search: person.email } });
    expect(users.edges.map((e) => e.node)).toMatchObject([{ name: person.name, status: "ACTIVE" }]);
  });

  it("tells whoever opens a link accepted before that it was accepted, and points them to the sign-in", async () => {
    const { link } = await invitedVolunteer("Zweimal");
    const token = new URL(link).searchParams.get("token");
    await lotse.session().mutate("AcceptInvitation", { token });

    const page = await phonePage();
    await page.goto(link);
    await hydrated(page, "Einladung annehmen");
    await page.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect.poll(() => statuses(page)).toContain("Diese Einladung haben Sie bereits angenommen. Melden Sie sich an");
    expect(await alerts(page)).not.toContain("ungültig");
    await page.getByRole("link", { name: "Zur Anmeldung" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // A link nobody sent (the right shape, a random value) tells nothing of the sort.
    const guessed = await phonePage();
    await guessed.goto(`${webUrl}/accept-invitation?token=${"A".repeat(43)}`);
    await hydrated(guessed, "Einladung annehmen");
    await guessed.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect.poll(() => alerts(guessed)).toContain("Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet.");
    expect(await statuses(guessed)).not.toContain("angenommen");
  });

  it("signed in as the invited person, accepting says to switch organisation (no sign-in), and the switch offers it at once", async () => {
    const { person, link } = await invitedVolunteer("Angemeldet");
    const page = await phonePage();
    await signInThroughPage(page, webUrl, person.email, person.password);
    await page.goto(link);
    await hydrated(page, "Einladung annehmen");
    await page.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect.poll(() => statuses(page)).toContain("Sie haben die Einladung angenommen. Wechseln Sie oben auf der Seite zu der Organisation.");
    expect(await statuses(page)).not.toContain("Melden Sie sich an");
    expect(await page.getByRole("link", { name: "Zur Anmeldung" }).count()).toBe(0);
    await page.getByRole("link", { name: "Zur Startseite" }).waitFor();
    // The organisation switch at the top offers the new organisation without reloading.
    await expect.poll(() => page.getByLabel("Organisation", { exact: true }).locator("option").allTextContents()).toContain(OSNABRUECK);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // Opened again while signed in: accepted before, and again no sign-in asked for.
    await page.goto(link);
    await hydrated(page, "Einladung annehmen");
    await page.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect.poll(() => statuses(page)).toContain("Diese Einladung haben Sie bereits angenommen. Wechseln Sie oben auf der Seite zu der Organisation.");
    expect(await statuses(page)).not.toContain("Melden Sie sich an");
  });

  it("refuses someone else who is signed in, and the link still works for its owner", async () => {
    const { person: owner, link } = await invitedVolunteer("Eingeladen");
    const someoneElse = newPerson("Jemand");
    await signUpVolunteer(lotse, someoneElse);

    const page = await phonePage();
    await signInThroughPage(page, webUrl, someoneElse.email, someoneElse.password);
    await page.goto(link);
    await hydrated(page, "Einladung annehmen");
    await page.getByRole("button", { name: "Einladung annehmen" }).click();
    await expect.poll(() => alerts(page)).toContain("Diese Einladung gilt für ein anderes Konto als das, mit dem Sie angemeldet sind.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    // Nothing was joined: whoever clicked is still in Oldenburg only (no organisation switcher).
    // Still only a volunteer there: the start page leads to their own home.
    await page.goto(`${webUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/ehrenamt");
    await page.getByRole("heading", { name: "Mein Ehrenamt", level: 1 }).waitFor();
    expect(await page.getByLabel("Organisation", { exact: true }).count()).toBe(0);

    // The refusal did not use the link up.
    const token = new URL(link).searchParams.get("token");
    await lotse.session().mutate("AcceptInvitation", { token });
    const ownerSession = await signIn(lotse, owner.email, owner.password);
    await switchOrganization(ownerSession, OSNABRUECK);
  });
});
