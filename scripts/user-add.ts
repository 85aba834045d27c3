// Adds a staff account: npm run user:add -- --name NAME --role admin|editor
// The password is read from standard input (typed without echo on a terminal, or piped:
// `printf '%s' "$PASSWORD" | npm run user:add -- --name wang --role admin`). It is hashed with
// argon2id and never printed. The first admin is made this way; admins add others in /staff/users.
import { parseArgs } from "node:util";
import { newUserSchema } from "../lib/domain/staff/user-input";
import { createSeedClient } from "../prisma/seed";
import { hashPassword } from "../lib/server/auth/password";

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  }
  process.stderr.write("Password (not shown): ");
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    stdin.on("data", (data: Buffer) => {
      for (const ch of data.toString("utf8")) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          reject(new Error("cancelled"));
          return;
        }
        if (ch === "\u007f") value = value.slice(0, -1);
        else value += ch;
      }
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { name: { type: "string" }, role: { type: "string" } }, strict: true });
  if (!values.name || !values.role) {
    console.error("Usage: npm run user:add -- --name NAME --role admin|editor   (password on standard input)");
    return 2;
  }
  const password = await readPassword();
  const parsed = newUserSchema.safeParse({ name: values.name, role: values.role, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
    return 2;
  }
  const prisma = createSeedClient();
  try {
    const existing = await prisma.user.findUnique({ where: { name: parsed.data.name }, select: { id: true } });
    if (existing) {
      console.error(`A user named "${parsed.data.name}" already exists; admins change roles in the staff area.`);
      return 1;
    }
    const passwordHash = await hashPassword(parsed.data.password);
    await prisma.user.create({ data: { name: parsed.data.name, role: parsed.data.role, passwordHash } });
    console.log(`Added ${parsed.data.role} "${parsed.data.name}". Sign in at /staff/login.`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`user:add failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
