/**
 * The generated archive's words: a seeded random source, and for each language a vocabulary
 * drawn by Zipf's law (its commonest words first, then the domain's, then invented words
 * shaped like the language's), so that pages hold as many different words as real ones.
 */

/** Mulberry32: a small seeded generator, so two runs write the same archive. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const WORDS: Record<string, string[]> = {
  en: `security trade climate cooperation dialogue region pacific ocean island maritime policy economic resilience alliance partnership
    diplomacy institute delegation summit development investment supply chain energy renewable adaptation fisheries disaster preparedness
    governance capacity scholarship training strategy competition power middle small state stability sustainable growth technology
    transfer infrastructure connectivity order rules norms multilateral bilateral forum roundtable research analysis perspective
    history memory reconciliation migration education health food water border sovereignty law sea navigation freedom coercion
    transparency accountability community youth observer journalist academic former diplomat official commentator network exchange`.split(
    /\s+/,
  ),
  ko: `안보 무역 기후 협력 대화 지역 태평양 해양 섬 정책 경제 회복력 동맹 동반자 외교 연구소 대표단 정상회의 개발 투자 공급망 에너지
    재생 적응 어업 재난 대비 거버넌스 역량 장학금 훈련 전략 경쟁 중견국 안정 지속 성장 기술 이전 기반시설 연결성 질서 규범 다자
    양자 포럼 원탁회의 연구 분석 관점 역사 교육 보건 식량 국경 주권 항행 자유 투명성 공동체 청년 언론인 학자 외교관 교류`.split(/\s+/),
  ja: `安全保障 貿易 気候 協力 対話 地域 太平洋 海洋 島嶼 政策 経済 強靭性 同盟 パートナーシップ 外交 研究所 代表団 首脳会議 開発
    投資 サプライチェーン エネルギー 再生可能 適応 漁業 災害 備え ガバナンス 能力 奨学金 研修 戦略 競争 中堅国 安定 持続 成長 技術
    移転 インフラ 連結性 秩序 規範 多国間 二国間 フォーラム 研究 分析 視点 歴史 教育 保健 食料 国境 主権 航行 自由 透明性`.split(/\s+/),
  zh: `安全 贸易 气候 合作 对话 地区 太平洋 海洋 岛屿 政策 经济 韧性 联盟 伙伴 外交 研究所 代表团 峰会 发展 投资 供应链 能源 可再生
    适应 渔业 灾害 防备 治理 能力 奖学金 培训 战略 竞争 中等强国 稳定 可持续 增长 技术 转让 基础设施 互联互通 秩序 规范 多边 双边
    论坛 圆桌会议 研究 分析 视角 历史 教育 卫生 粮食 边界 主权 航行 自由 透明`.split(/\s+/),
  vi: `an ninh thương mại khí hậu hợp tác đối thoại khu vực Thái Bình Dương biển đảo chính sách kinh tế khả năng phục hồi liên minh
    đối tác ngoại giao viện nghiên cứu phái đoàn hội nghị phát triển đầu tư chuỗi cung ứng năng lượng tái tạo thích ứng ngư nghiệp thiên tai
    quản trị năng lực học bổng đào tạo chiến lược cạnh tranh cường quốc ổn định bền vững tăng trưởng công nghệ chuyển giao hạ tầng
    kết nối trật tự chuẩn mực đa phương song phương diễn đàn bàn tròn phân tích lịch sử giáo dục y tế lương thực biên giới chủ quyền`.split(
    /\s+/,
  ),
};

/**
 * The commonest words of each language, ahead of the domain's in the vocabulary: in real text
 * a topic's words come after these (in English "security" is not as common as "the"), which
 * decides how many places a one-word query for it finds on each page.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: `the of and to a in is that for it as with on be by this are was from or at an not which have has its
    their they but we more can will would been also between these other such than into both our`.split(/\s+/),
  ko: `그리고 이 그 있다 하는 것 수 등 및 또한 위한 대한 있는 없는 같은 통해 더 이러한 따라 그러나 한 할 된 되는 모든`.split(/\s+/),
  ja: `の に は を た が で て と し れ さ ある いる も する から な こと として や れる など その この ため また`.split(/\s+/),
  zh: `的 是 在 了 和 有 也 不 这 与 对 为 中 上 等 以 及 将 其 而 但 都 从 被 把 到 更 之 所`.split(/\s+/),
  vi: `và của là các có những được trong cho với một để không này người đã về khi từ cũng như đến nhưng theo sự`.split(/\s+/),
};

/** Different words in each language's vocabulary (see above). */
const VOCABULARY_SIZE = 60_000;
/** Zipf's exponent: about 1 for natural language. */
const ZIPF_EXPONENT = 1.05;

export const oneOf = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const letters = (list: string) => list.split(' ');
const EN_ONSETS = letters('b c d f g h j k l m n p r s t v w y st tr pr gr ch sh th pl cl br fl sp');
const EN_VOWELS = letters('a e i o u ea ou ai io ee oa');
const EN_CODAS = letters('n r s t l m nd nt st ck ng rt ss');
const VI_ONSETS = letters('b c d đ g h k l m n ng nh ph qu s t th tr v x');
const VI_VOWELS = letters('a à á ả ã ạ ă ắ ằ â ấ ầ e é è ê ế ề i í ì o ó ò ô ố ồ ơ ớ ờ u ú ù ư ứ ừ y');
const VI_CODAS = letters('n ng c t m p nh ch');
const syllables = (rand: () => number, min: number, max: number, one: () => string, joiner = '') =>
  Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, one).join(joiner);
const chars = (rand: () => number, min: number, max: number, from: number, count: number) =>
  syllables(rand, min, max, () => String.fromCodePoint(from + Math.floor(rand() * count)));

/** Makes up a word that looks like one of the language's (to a tokenizer, at least). */
const INVENT: Record<string, (rand: () => number) => string> = {
  en: (rand) => syllables(rand, 1, 4, () => oneOf(rand, EN_ONSETS) + oneOf(rand, EN_VOWELS) + (rand() < 0.4 ? oneOf(rand, EN_CODAS) : '')),
  // Hangul syllables, two to four to a word.
  ko: (rand) => chars(rand, 2, 4, 0xac00, 11_172),
  // Katakana loanwords, and kanji or hanzi: one or two characters of the whole block. Invented
  // compounds are not in the word splitter's dictionary, so it would cut longer ones into
  // single characters and a page would hold twice the words a real one does.
  ja: (rand) => (rand() < 0.3 ? chars(rand, 3, 6, 0x30a2, 84) : chars(rand, 1, 2, 0x4e00, 20_992)),
  zh: (rand) => chars(rand, 1, 2, 0x4e00, 20_992),
  // Vietnamese writes each syllable apart: a word is one or two of them.
  vi: (rand) =>
    syllables(rand, 1, 2, () => oneOf(rand, VI_ONSETS) + oneOf(rand, VI_VOWELS) + (rand() < 0.5 ? oneOf(rand, VI_CODAS) : ''), ' '),
};

/** Draws words of one language by Zipf's law over its vocabulary. */
export function wordSource(lang: string, rand: () => number): () => string {
  const words = [...new Set([...FUNCTION_WORDS[lang]!, ...WORDS[lang]!])];
  const seen = new Set(words);
  while (words.length < VOCABULARY_SIZE) {
    const word = INVENT[lang]!(rand);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  // The cumulative share of the first n words, to find a word for a number in [0, 1).
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let rank = 0; rank < words.length; rank++) cumulative[rank] = sum += 1 / (rank + 1) ** ZIPF_EXPONENT;
  for (let rank = 0; rank < words.length; rank++) cumulative[rank]! /= sum;
  return () => {
    const r = rand();
    let low = 0;
    let high = words.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < r) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}
