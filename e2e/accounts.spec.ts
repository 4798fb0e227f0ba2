import { demoAccountFor, ROLES } from "./support/demo-accounts";
import { expect, expectNoSeriousA11yViolations, test } from "./support/fixtures";
import { fetchMe } from "./support/graphql";
import { openMine, signInAs, signInButton, signOut, signOutButton, submitSignInForm } from "./support/portal";

// Bureau staff sign in on 我的 with the seeded demo accounts, one per role, and sign out again.

for (const role of ROLES) {
  test(`${role} signs in with the demo password and signs out`, async ({ page }) => {
    const { account, user } = await signInAs(page, role);

    expect(user.username).toBe(account.username);
    expect(user.roles).toContain(role);
    await expect(page.getByText(user.displayName).first()).toBeVisible();

    await signOut(page);
    expect(await fetchMe(page.request), "no session after 退出登录").toBeNull();
  });
}

test("a wrong password is refused with a message and no session", async ({ page }) => {
  const account = await demoAccountFor("EDITOR");
  await openMine(page);

  const loginResponse = page.waitForResponse(
    (response) =>
      response.url().endsWith("/graphql") &&
      response.request().method() === "POST" &&
      /login/i.test(response.request().postData() ?? ""),
  );
  await submitSignInForm(page, account.username, `${account.password}-wrong`);
  const body = (await (await loginResponse).json()) as {
    data?: { login?: { user: unknown; error: { message: string } | null } };
  };
  const message = body.data?.login?.error?.message;
  expect(message, "login answers a wrong password with an InputError").toBeTruthy();

  // Announced to screen readers, not only painted.
  await expect(page.getByRole("alert").filter({ hasText: message ?? "" })).toBeVisible();
  await expect(signInButton(page)).toBeVisible();
  await expect(signOutButton(page)).toHaveCount(0);
  expect(await fetchMe(page.request)).toBeNull();
});

test("我的 has no serious accessibility violations, signed out or in", async ({ axePage }) => {
  await openMine(axePage);
  await expect(signInButton(axePage)).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "mine-signed-out");

  const { user } = await signInAs(axePage, "EDITOR");
  await expect(axePage.getByText(user.displayName).first()).toBeVisible();
  await expectNoSeriousA11yViolations(axePage, "mine-signed-in");
});
