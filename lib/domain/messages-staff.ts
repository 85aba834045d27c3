import type { Lang } from "./i18n";

// UI strings of the staff area (/staff, /en/staff), in Chinese and English.
const zh = {
  staffArea: "工作人员区",
  signInTitle: "工作人员登录",
  signInIntro: "本区域供乡里工作人员维护指南数据。游客无需登录。",
  name: "用户名",
  password: "密码",
  signIn: "登录",
  signOut: "退出登录",
  signedInAs: (name: string, role: string) => `已登录：${name}（${role}）`,
  roles: { editor: "编辑", admin: "管理员" },
  errorInvalid: "用户名或密码不正确。",
  errorLocked: (minutes: number) => `登录失败次数过多，已暂时锁定。请约 ${minutes} 分钟后再试。`,
  errorMissing: "请填写用户名和密码。",
  signedOut: "已退出登录。",
  backToGuide: "返回地图",
};

export type StaffMessages = typeof zh;

const en: StaffMessages = {
  staffArea: "Staff area",
  signInTitle: "Staff sign-in",
  signInIntro: "This area is for township staff who keep the guide's data true. Visitors need no account.",
  name: "User name",
  password: "Password",
  signIn: "Sign in",
  signOut: "Sign out",
  signedInAs: (name: string, role: string) => `Signed in as ${name} (${role})`,
  roles: { editor: "editor", admin: "admin" },
  errorInvalid: "The user name or password is not right.",
  errorLocked: (minutes: number) => `Too many failed sign-ins: sign-in is locked for now. Try again in about ${minutes} minutes.`,
  errorMissing: "Enter your user name and password.",
  signedOut: "You have signed out.",
  backToGuide: "Back to the map",
};

export function staffMessages(lang: Lang): StaffMessages {
  return lang === "en" ? en : zh;
}
