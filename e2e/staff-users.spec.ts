// Admins manage accounts at /staff/users; editors cannot. The staff home lists the places and what
// they need, with filters that are plain links.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { origin, signIn, staffAccount } from "./support/staff";

test.describe("user management", () => {
  test("an admin adds an account (errors per field first), disables it, which signs it out, enables it and makes it admin", async ({ page, browser, baseURL }) => {
    const admin = staffAccount("users-ui", "admin");
    await signIn(page, admin, baseURL);
    await page.goto("/staff/users");
    await expect(page.getByRole("navigation", { name: "工作人员导航" }).getByRole("link", { name: "用户管理" })).toHaveAttribute("aria-current", "page");

    // Wrong input, submitted with the keyboard: one message per field, in Chinese.
    await page.getByLabel("用户名", { exact: true }).fill("x");
    await page.getByLabel("初始密码").fill("short");
    await page.getByLabel("初始密码").press("Enter");
    await expect(page.getByText("用户名至少 2 个字符。")).toBeVisible();
    await expect(page.getByText("密码至少 12 个字符。")).toBeVisible();
    await expect(page.getByLabel("用户名", { exact: true })).toHaveAttribute("aria-invalid", "true");

    // A taken name comes back from the server, on the name field.
    await page.getByLabel("用户名", { exact: true }).fill(admin.name);
    await page.getByLabel("初始密码").fill("a long enough password");
    await page.getByRole("button", { name: "添加账号" }).click();
    await expect(page.locator("#new-user-name-error")).toHaveText("已有同名账号，请换一个用户名。");

    const name = `ui-made-${process.pid}`;
    const password = "made in the staff area";
    await page.getByLabel("用户名", { exact: true }).fill(name);
    await page.getByLabel("角色", { exact: true }).selectOption("editor");
    await page.getByLabel("初始密码").fill(password);
    await page.getByRole("button", { name: "添加账号" }).click();
    await expect(page.getByRole("status").filter({ hasText: `已添加账号 ${name}。` })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    await expect(row.getByRole("cell").first()).toHaveText("编辑");
    await expect(row.getByRole("cell").nth(1)).toHaveText("正常");

    // The new account signs in elsewhere; disabling it ends that session at once.
    const other = await browser.newContext({ baseURL });
    const otherPage = await other.newPage();
    await signIn(otherPage, { name, password, role: "editor" }, baseURL);
    expect((await otherPage.request.get("/staff", { maxRedirects: 0 })).status()).toBe(200);
    await row.getByRole("button", { name: `停用 ${name}` }).click();
    await expect(row.getByRole("cell").nth(1)).toHaveText("已停用");
    expect((await otherPage.request.get("/staff", { maxRedirects: 0 })).status()).toBe(307);
    const refused = await otherPage.request.post("/api/staff/sign-in", { data: { name, password }, headers: { Origin: origin(baseURL), "X-Forwarded-For": `2001:db8::a:${process.pid % 0xffff}` } });
    expect(refused.status()).toBe(401);
    await other.close();

    await row.getByRole("button", { name: `启用 ${name}` }).click();
    await expect(row.getByRole("cell").nth(1)).toHaveText("正常");
    await row.getByLabel(`${name} 的角色`).selectOption("admin");
    await row.getByRole("button", { name: "修改角色" }).click();
    await expect(row.getByRole("cell").first()).toHaveText("管理员");
  });

  test("in English, and a refusal to demote the last admin is shown beside the row", async ({ page, baseURL }) => {
    const admin = staffAccount("users-en", "admin");
    await signIn(page, admin, baseURL);
    await page.goto("/en/staff/users");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
    await page.getByLabel("User name", { exact: true }).fill("bad name!");
    await page.getByRole("button", { name: "Add account" }).click();
    await expect(page.getByText("The user name may contain only letters, digits, dot, underscore and hyphen.")).toBeVisible();
    await expect(page.getByText("The password needs at least 12 characters.")).toBeVisible();

    // Other tests' admins share this database, so the refusal the server gives for the last admin
    // (unit-tested in lib/server/staff/users.test.ts) is played back here to check how it shows.
    await page.route("**/api/staff/users/*", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/json",
        body: JSON.stringify({ error: { status: 409, code: "last_admin", message: "This is the last active admin." } }),
      }),
    );
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${admin.name}`) }) });
    await row.getByRole("button", { name: `Disable ${admin.name}` }).click();
    await expect(row.getByRole("alert")).toHaveText(
      "This is the last active admin: it cannot be disabled or made an editor. Add or enable another admin first.",
    );
  });

  test("an editor is sent to the staff home with a message, and sees no users link", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("users-editor", "editor"), baseURL);
    await page.goto("/staff/users");
    await expect(page).toHaveURL(/\/staff\?error=forbidden$/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("该页面仅限管理员。");
    const nav = page.getByRole("navigation", { name: "工作人员导航" });
    await expect(nav.getByRole("link")).toHaveText(["地点", "新建地点", "游客纠错", "民宿登记"]);
  });
});

test.describe("staff home", () => {
  test("lists every place with filters for what needs attention, as links with counts", async ({ page, baseURL }) => {
    await signIn(page, staffAccount("home", "editor"), baseURL);
    await page.goto("/en/staff");
    const filters = page.getByRole("navigation", { name: "Needs attention" });
    // Counts are read from the page each time: other tests may add places to this database meanwhile.
    const countOf = async (name: RegExp) => Number((await filters.getByRole("link", { name }).textContent())?.match(/\((\d+)\)$/)?.[1]);
    const ALL = /^All \(\d+\)$/;
    await expect(filters.getByRole("link", { name: ALL })).toHaveAttribute("aria-current", "page");
    const total = await countOf(ALL);
    expect(total).toBeGreaterThanOrEqual(33);
    await expect(page.locator("table caption")).toHaveText(`${total} of ${total} places`);

    for (const label of ["No known spot", "Status over two years old", "Fact without a source", "Open corrections"]) {
      const name = new RegExp(`^${label} \\(\\d+\\)$`);
      await filters.getByRole("link", { name }).click();
      await expect(page).toHaveURL(/\/en\/staff\?needs=[a-z-]+$/);
      await expect(filters.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
      const [count, all] = [await countOf(name), await countOf(ALL)];
      if (count === 0) await expect(page.getByRole("main").getByRole("status")).toHaveText("No place matches this filter.");
      else {
        await expect(page.locator("table caption")).toHaveText(`${count} of ${all} places`);
        await expect(page.locator("tbody tr").first().getByText(label)).toBeVisible();
      }
    }
    // The seed's villages have no status year and no spot of their own.
    await page.goto("/en/staff?needs=no-spot");
    await expect(page.getByRole("rowheader", { name: "Miaoling Village" })).toBeVisible();
    // Each row links to the place's editor and its history.
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Miaoling Village" }) });
    await expect(row.getByRole("link", { name: "Edit Miaoling Village" })).toHaveAttribute("href", "/en/staff/places/village-miaoling");
    await expect(row.getByRole("link", { name: "History of Miaoling Village" })).toHaveAttribute("href", "/en/staff/places/village-miaoling/history");
    // Unknown filters show everything.
    await page.goto("/staff?needs=<script>");
    await expect(page.locator("table caption")).toHaveText(/^显示 (\d+) 个地点，共 \1 个$/);
  });
});

test("axe: the staff home and user management have no violations, in both languages", async ({ page, baseURL }) => {
  await signIn(page, staffAccount("users-axe", "admin"), baseURL);
  for (const path of ["/staff", "/staff?needs=unsourced", "/staff/users", "/en/staff", "/en/staff/users"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
