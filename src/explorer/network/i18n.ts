import type { Participant } from "./api";

/**
 * The interface in Vietnamese or English. The choice is remembered in localStorage, so a reader who
 * switched once keeps the language on the next visit; names follow it (nameVi or nameEn).
 */
export type Language = "en" | "vi";

const STORAGE_KEY = "explorer.language";

const TEXT = {
  title: { en: "Provinces' foreign relations", vi: "Quan hệ đối ngoại của các tỉnh" },
  searchPlaceholder: { en: "Search: son la, Luong Pha Bang, Laos…", vi: "Tìm: Sơn La, Luông Pha Băng, Lào…" },
  filters: { en: "Filters", vi: "Bộ lọc" },
  partnerCountry: { en: "Partner country", vi: "Nước đối tác" },
  allCountries: { en: "All countries", vi: "Mọi nước" },
  factKind: { en: "Fact kind", vi: "Loại quan hệ" },
  allKinds: { en: "All kinds", vi: "Mọi loại" },
  sector: { en: "Sector", vi: "Lĩnh vực" },
  allSectors: { en: "All sectors", vi: "Mọi lĩnh vực" },
  from: { en: "From", vi: "Từ" },
  to: { en: "to", vi: "đến" },
  year: { en: "year", vi: "năm" },
  clearFilters: { en: "Clear filters", vi: "Xoá bộ lọc" },
  download: { en: "Download", vi: "Tải về" },
  factsCsv: { en: "Facts (CSV)", vi: "Sự kiện (CSV)" },
  factsJson: { en: "Facts (JSON)", vi: "Sự kiện (JSON)" },
  networkGraphml: { en: "Network (GraphML)", vi: "Mạng lưới (GraphML)" },
  tableCsv: { en: "CSV", vi: "CSV" },
  network: { en: "Network", vi: "Mạng lưới" },
  map: { en: "Map", vi: "Bản đồ" },
  charts: { en: "Charts", vi: "Biểu đồ" },
  timeline: { en: "Timeline", vi: "Dòng thời gian" },
  chooseHint: {
    en: "Choose a province or a place abroad to see its partner network.",
    vi: "Chọn một tỉnh hay một địa phương nước ngoài để xem mạng lưới đối tác.",
  },
  searchHelp: {
    en: "Search for a province, a place abroad, a country or an organisation.",
    vi: "Tìm một tỉnh, một địa phương nước ngoài, một nước hay một tổ chức.",
  },
  loading: { en: "Loading…", vi: "Đang tải…" },
  loadingPartners: { en: "Loading the partners of {name}…", vi: "Đang tải các đối tác của {name}…" },
  loaded: {
    en: "{nodes} places and bodies, {facts} facts{filters}",
    vi: "{nodes} nơi và tổ chức, {facts} sự kiện{filters}",
  },
  couldNotLoad: { en: "Could not load: {error}", vi: "Không tải được: {error}" },
  apiDown: { en: "The API does not answer: {error}", vi: "API không trả lời: {error}" },
  searchFailed: { en: "Search failed: {error}", vi: "Tìm kiếm lỗi: {error}" },
  nothingFound: { en: "Nothing found", vi: "Không tìm thấy" },
  badLink: {
    en: "This link names nothing the graph knows ({id}); the view was cleared.",
    vi: "Liên kết này không chỉ tới nơi nào trong đồ thị ({id}); khung xem đã được xoá.",
  },
  badLinkValue: {
    en: "This link has a value the explorer does not know ({name}={value}); the view was cleared.",
    vi: "Liên kết này có giá trị không hợp lệ ({name}={value}); khung xem đã được xoá.",
  },
  legendCountry: { en: "Node colour: country", vi: "Màu nút: quốc gia" },
  legendKind: { en: "Node shape: kind", vi: "Hình nút: loại" },
  legendLine: { en: "Line colour: fact kind", vi: "Màu đường: loại quan hệ" },
  international: { en: "international", vi: "quốc tế" },
  vietnam: { en: "Vietnam", vi: "Việt Nam" },
  partnersOf: { en: "Partners of {name}", vi: "Đối tác của {name}" },
  partnersHint: {
    en: "{count} partner(s){filters}. Click a node or a line for its facts; double-click a node to add its own partners.",
    vi: "{count} đối tác{filters}. Bấm vào một nút hay một đường để xem sự kiện; bấm đúp vào một nút để thêm đối tác của nó.",
  },
  factCount: { en: "{count} fact(s)", vi: "{count} sự kiện" },
  factsInView: { en: "{count} fact(s) in this view", vi: "{count} sự kiện trong khung xem" },
  edgeHint: {
    en: "{count} {kind} fact(s), each with the quote and article that state it",
    vi: "{count} sự kiện {kind}, mỗi sự kiện kèm trích dẫn và bài báo nêu nó",
  },
  addPartners: { en: "Add its partners", vi: "Thêm đối tác của nó" },
  partnersShown: { en: "Partners shown", vi: "Đã hiện đối tác" },
  loadingFacts: { en: "Loading the facts and their sources…", vi: "Đang tải các sự kiện và nguồn…" },
  undated: { en: "undated", vi: "không rõ thời gian" },
  inferred: { en: "Inferred: {why}", vi: "Suy ra: {why}" },
  planned: { en: "planned", vi: "dự kiến" },
  members: { en: "Members ({certainty}, {basis}): ", vi: "Thành viên ({certainty}, {basis}): " },
  articleSays: { en: "The article says “{text}”:", vi: "Bài báo viết “{text}”:" },
  byCountry: { en: "Facts by partner country", vi: "Sự kiện theo nước đối tác" },
  byYear: {
    en: "Facts by year (a fact in every year its period touches)",
    vi: "Sự kiện theo năm (mỗi sự kiện tính vào mọi năm nó kéo dài)",
  },
  noFacts: { en: "No facts.", vi: "Không có sự kiện." },
  provinceFacts: { en: "{name}'s facts{filters}", vi: "Các sự kiện của {name}{filters}" },
  factsDrawn: { en: "The facts drawn{filters}", vi: "Các sự kiện đang vẽ{filters}" },
  timelineCaption: {
    en: "{dated} dated fact(s) by period; {undated} undated",
    vi: "{dated} sự kiện có thời gian; {undated} không rõ thời gian",
  },
  precision: { en: "precision: {precision}", vi: "độ chính xác: {precision}" },
  mapCaption: {
    en: "{placed} of {total} places on the map; coordinates from the gazetteer (seeds/gazetteer/coordinates.yaml)",
    vi: "{placed}/{total} nơi có trên bản đồ; toạ độ lấy từ danh mục địa danh (seeds/gazetteer/coordinates.yaml)",
  },
  notOnMap: { en: "Not on the map: {names}", vi: "Không có trên bản đồ: {names}" },
  eraPre: { en: "to 2025", vi: "đến 2025" },
  eraPost: { en: "from 2025", vi: "từ 2025" },
  graphiql: { en: "GraphiQL", vi: "GraphiQL" },
  reviewTitle: { en: "Review proposed facts", vi: "Duyệt sự kiện đề xuất" },
  editorToken: { en: "Editor token", vi: "Mã biên tập viên" },
  article: { en: "Article", vi: "Bài báo" },
  networkExplorer: { en: "Network explorer", vi: "Mạng lưới đối tác" },
  needToken: { en: "Paste an editor token to review.", vi: "Dán mã biên tập viên để duyệt." },
  noPending: { en: "No article has proposals waiting.", vi: "Không bài báo nào có đề xuất chờ duyệt." },
  pendingCount: { en: "{count} proposal(s) waiting", vi: "{count} đề xuất chờ duyệt" },
  noText: {
    en: "The article's text is not stored: ingest it again.",
    vi: "Chưa lưu nội dung bài báo: hãy nhập lại bài.",
  },
  factType: { en: "Fact type", vi: "Loại sự kiện" },
  kind: { en: "Kind", vi: "Loại" },
  period: { en: "Period", vi: "Thời gian" },
  vietnameseSide: { en: "Vietnamese side", vi: "Phía Việt Nam" },
  foreignSide: { en: "Foreign side", vi: "Phía nước ngoài" },
  confidence: { en: "Confidence", vi: "Độ tin cậy" },
  placeId: { en: "Place id", vi: "Mã địa danh" },
  nameVi: { en: "Vietnamese name", vi: "Tên tiếng Việt" },
  nameEn: { en: "English name", vi: "Tên tiếng Anh" },
  country: { en: "Country", vi: "Quốc gia" },
  partOf: { en: "Part of", vi: "Thuộc" },
  cue: { en: "Cue", vi: "Cụm từ nhận biết" },
  quote: { en: "Quote", vi: "Trích dẫn" },
  accept: { en: "Accept", vi: "Chấp nhận" },
  edit: { en: "Edit", vi: "Sửa" },
  reject: { en: "Reject", vi: "Từ chối" },
  acceptEdited: { en: "Accept with edits", vi: "Chấp nhận bản đã sửa" },
  reason: { en: "Reason", vi: "Lý do" },
  idsHint: { en: "ids, comma-separated", vi: "mã, cách nhau bởi dấu phẩy" },
  precisionLabel: { en: "Precision", vi: "Độ chính xác" },
  start: { en: "Start", vi: "Bắt đầu" },
  end: { en: "End", vi: "Kết thúc" },
  accepted: { en: "Accepted as {fact}", vi: "Đã chấp nhận: {fact}" },
  rejected: { en: "Rejected: {reason}", vi: "Đã từ chối: {reason}" },
  reviewedInExplorer: { en: "reviewed in the explorer", vi: "duyệt trong trang duyệt" },
} as const;

export type TextKey = keyof typeof TEXT;

const KIND_LABELS: Record<string, { en: string; vi: string }> = {
  Province: { en: "Vietnamese province", vi: "Tỉnh, thành Việt Nam" },
  Country: { en: "Country", vi: "Quốc gia" },
  ForeignLocality: { en: "Province or city abroad", vi: "Tỉnh, thành nước ngoài" },
  LocalityGroup: { en: "Group of localities", vi: "Nhóm địa phương" },
  Organization: { en: "Organisation", vi: "Tổ chức" },
};

/** The API's enum values (fact kinds, sectors, precisions) in Vietnamese; English shows them as words. */
const TERMS_VI: Record<string, string> = {
  AGREEMENT_MINUTES: "biên bản thoả thuận",
  AID_PROJECT: "dự án viện trợ",
  BORDER_COOPERATION: "hợp tác biên giới",
  CONFERENCE: "hội nghị",
  CONTRACT: "hợp đồng",
  COOPERATION: "hợp tác",
  COOPERATION_AGREEMENT: "thoả thuận hợp tác",
  COORDINATION_AGREEMENT: "thoả thuận phối hợp",
  EVENT: "sự kiện",
  EXCHANGE: "giao lưu",
  FORUM: "diễn đàn",
  FRIENDSHIP: "hữu nghị",
  HUMANITARIAN: "nhân đạo",
  INCOMING: "đoàn vào",
  INFRASTRUCTURE_SUPPORT: "hỗ trợ hạ tầng",
  INVESTMENT: "đầu tư",
  INVESTMENT_PROMOTION: "xúc tiến đầu tư",
  JOINT_WORKING_GROUP: "nhóm công tác chung",
  MEMBERSHIP: "thành viên",
  MOU: "bản ghi nhớ",
  NEIGHBOURHOOD: "láng giềng",
  NGO_ACTIVITY: "hoạt động phi chính phủ",
  NON_PROJECT_AID: "viện trợ phi dự án",
  OTHER: "khác",
  OUTGOING: "đoàn ra",
  OUTREACH: "vận động",
  SCHOLARSHIP: "học bổng",
  TOURISM_PROMOTION: "xúc tiến du lịch",
  TRADE_PROMOTION: "xúc tiến thương mại",
  TRAINING: "đào tạo",
  TREATY: "điều ước",
  TWINNING: "kết nghĩa",
  VOLUNTEERING: "tình nguyện",
  AGRICULTURE: "nông nghiệp",
  BORDER_MANAGEMENT: "quản lý biên giới",
  BORDER_TRADE: "thương mại biên giới",
  CULTURE: "văn hoá",
  DEFENCE: "quốc phòng",
  EDUCATION: "giáo dục",
  ENERGY: "năng lượng",
  ENVIRONMENT: "môi trường",
  GOVERNANCE: "quản lý nhà nước",
  HEALTH: "y tế",
  INFORMATION: "thông tin",
  LABOUR: "lao động",
  OVERSEAS_VIETNAMESE: "người Việt Nam ở nước ngoài",
  PEOPLE_TO_PEOPLE: "giao lưu nhân dân",
  SCIENCE_TECHNOLOGY: "khoa học và công nghệ",
  SECURITY: "an ninh",
  SPORT: "thể thao",
  TOURISM: "du lịch",
  TRADE: "thương mại",
  TRANSPORT: "giao thông vận tải",
  DAY: "ngày",
  MONTH: "tháng",
  YEAR: "năm",
};

let current: Language = readStoredLanguage();

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === "vi" ? "vi" : "en";
  } catch {
    return "en";
  }
}

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the switch still works for this visit.
  }
  document.documentElement.lang = next;
}

/** The text for a key, with {placeholders} filled in; "(s)" becomes a plural "s" unless count is 1. */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  const template: string = TEXT[key][current];
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""))
    .replaceAll("(s)", values.count === 1 ? "" : "s");
}

/** An enum value of the API as a reader says it: "PEOPLE_TO_PEOPLE" -> "people to people" or "giao lưu nhân dân". */
export function term(value: string): string {
  return (current === "vi" ? TERMS_VI[value] : undefined) ?? value.toLowerCase().replaceAll("_", " ");
}

const SHAPES: Record<string, { en: string; vi: string }> = {
  "round-rectangle": { en: "rounded rectangle", vi: "chữ nhật bo góc" },
  hexagon: { en: "hexagon", vi: "lục giác" },
  ellipse: { en: "circle", vi: "tròn" },
  "round-octagon": { en: "rounded octagon", vi: "bát giác bo góc" },
  diamond: { en: "diamond", vi: "hình thoi" },
};

/** The name of a node's shape, for the legend. */
export function shapeName(shape: string): string {
  return SHAPES[shape]?.[current] ?? shape;
}

export function kindLabel(typename: string): string {
  return KIND_LABELS[typename]?.[current] ?? typename;
}

/** What a name is shown from: a participant, or a group's member locality. */
export type Named = Pick<Participant, "nameEn" | "nameVi"> & { era?: string | null };

/** A province that the 2025 reform merged away, or one it created, says so: "Lào Cai (to 2025)". */
export function eraSuffix(participant: Named): string {
  if (participant.era === "PRE_2025") return ` (${t("eraPre")})`;
  if (participant.era === "POST_2025") return ` (${t("eraPost")})`;
  return "";
}

/** The name in the chosen language (English when a place has no Vietnamese name), with its era. */
export function displayName(participant: Named): string {
  const name = current === "vi" ? (participant.nameVi ?? participant.nameEn) : participant.nameEn;
  return `${name}${eraSuffix(participant)}`;
}

/** The name in the other language, when it differs, as a hint beside the chosen one. */
export function otherName(participant: Named): string | null {
  const other = current === "vi" ? participant.nameEn : participant.nameVi;
  const shown = current === "vi" ? (participant.nameVi ?? participant.nameEn) : participant.nameEn;
  return other && other !== shown ? other : null;
}
