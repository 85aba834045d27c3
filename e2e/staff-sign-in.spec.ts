import { expect, test } from "./support/fixtures";
import { origin, signIn, staffAccount } from "./support/staff";

test.describe("staff sign-in", () => {
  test("signs in with the form, shows who is signed in, and signs out", async ({ page, baseURL }) => {
    const account = staffAccount("signin", "editor");
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/login\?next=%2Fstaff$/);
    await page.getByLabel("用户名").fill(account.name);
    await page.getByLabel("密码").fill(account.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByText(`已登录：${account.name}（编辑）`)).toBeVisible();
    const cookie = (await page.context().cookies()).find((c) => c.name === "guide_staff_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/staff\/login\?signedOut=1$/);
    // The old cookie is worthless once signed out.
    const replay = await page.request.get("/staff", { headers: { Cookie: `guide_staff_session=${cookie?.value}` }, maxRedirects: 0 });
    expect(replay.status()).toBe(307);
    expect(origin(baseURL)).toMatch(/^http/);
  });

  test("a wrong password says so in English, and the session id changes at every sign-in", async ({ page, baseURL }) => {
    const account = staffAccount("signin2", "admin");
    await page.goto("/en/staff/login");
    await page.getByLabel("User name").fill(account.name);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form's own alert; Next's route announcer (also role="alert", empty) may be mounted beside it.
    const error = page.locator("#sign-in-error");
    await expect(error).toHaveAttribute("role", "alert");
    await expect(error).toHaveText("The user name or password is not right.");
    await signIn(page, account, baseURL);
    const first = (await page.context().cookies()).find((c) => c.name === "guide_staff_session")?.value;
    await signIn(page, account, baseURL);
    const second = (await page.context().cookies()).find((c) => c.name === "guide_staff_session")?.value;
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
    const old = await page.request.get("/en/staff", { headers: { Cookie: `guide_staff_session=${first}` }, maxRedirects: 0 });
    expect(old.status()).toBe(307);
  });

  test("staff pages are noindex and never cached", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("signin3", "editor"), baseURL);
    const response = await page.goto("/staff");
    expect(response?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});
