import type { Lang } from "./i18n";
import type { AttentionCode } from "./staff/attention";

// UI strings of the staff home (/staff: the places and what they need) and the staff navigation,
// in Chinese and English.
const zh = {
  nav: "工作人员导航",
  navPlaces: "地点",
  navNewPlace: "新建地点",
  navCorrections: "游客纠错",
  navHomestays: "民宿登记",
  navUsers: "用户管理",
  title: "地点",
  intro: "所有地点，包括已归档的。用下面的筛选找出需要处理的地点。",
  filters: "需要处理",
  all: "全部",
  withCount: (label: string, n: number) => `${label}（${n}）`,
  needs: {
    "no-spot": "位置未知",
    "stale-status": "状态超过两年",
    unsourced: "事实缺来源",
    corrections: "待处理纠错",
  } satisfies Record<AttentionCode, string>,
  needsHelp: {
    "no-spot": "没有坐标，或坐标只代表所在村或乡（精度为“村级”或“乡级”）。",
    "stale-status": (minYear: number) => `没有状态年份，或状态年份早于 ${minYear} 年（按服务器日期，当前年份减二）。`,
    unsourced: "没有引用任何来源；或标有自己的精确/大致位置却没有记录位置来源；或所引来源的可信度全部为低。",
    corrections: "有游客提交、尚未处理的纠错。",
  },
  archivedNote: "已归档的地点不计入以上筛选。",
  caption: (shown: number, total: number) => `显示 ${shown} 个地点，共 ${total} 个`,
  colName: "名称",
  colVillage: "所在村",
  colNeeds: "需要处理",
  colCorrections: "纠错",
  colActions: "操作",
  archived: "已归档",
  nothingNeeded: "无",
  edit: "编辑",
  editOf: (name: string) => `编辑 ${name}`,
  history: "历史",
  historyOf: (name: string) => `${name} 的修改历史`,
  empty: "没有符合这个筛选的地点。",
  forbidden: "该页面仅限管理员。",
};

export type WorklistMessages = typeof zh;

const en: WorklistMessages = {
  nav: "Staff navigation",
  navPlaces: "Places",
  navNewPlace: "New place",
  navCorrections: "Corrections",
  navHomestays: "Homestays",
  navUsers: "Users",
  title: "Places",
  intro: "Every place, archived ones included. The filters below find the places that need attention.",
  filters: "Needs attention",
  all: "All",
  withCount: (label: string, n: number) => `${label} (${n})`,
  needs: {
    "no-spot": "No known spot",
    "stale-status": "Status over two years old",
    unsourced: "Fact without a source",
    corrections: "Open corrections",
  },
  needsHelp: {
    "no-spot": "No coordinates, or coordinates that only stand for the village or the township (precision village or township).",
    "stale-status": (minYear: number) => `No status year, or a status year before ${minYear} (the server's current year minus two).`,
    unsourced:
      "Cites no source; or shows an exact or approximate spot of its own with no location source recorded; or every source it cites has low confidence.",
    corrections: "Visitors' corrections not yet reviewed.",
  },
  archivedNote: "Archived places are not counted in these filters.",
  caption: (shown: number, total: number) => `${shown} of ${total} places`,
  colName: "Name",
  colVillage: "Village",
  colNeeds: "Needs",
  colCorrections: "Corrections",
  colActions: "Actions",
  archived: "Archived",
  nothingNeeded: "Nothing",
  edit: "Edit",
  editOf: (name: string) => `Edit ${name}`,
  history: "History",
  historyOf: (name: string) => `History of ${name}`,
  empty: "No place matches this filter.",
  forbidden: "That page is for admins only.",
};

export function worklistMessages(lang: Lang): WorklistMessages {
  return lang === "en" ? en : zh;
}
