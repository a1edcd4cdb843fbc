/**
 * The step between what someone types and what Pagefind is asked. Pagefind ANDs every word and
 * Chinese has no stop words, so 钥匙丢了怎么办 would find nothing: the question words and particles
 * go, everyday words are swapped for the handbook's (content/search-synonyms.yaml), Traditional
 * characters are folded to Simplified, and the queries to try are listed from the most to the
 * least specific, so the page can fall back to fewer words and say so. Pure and small: it runs in
 * the browser on every keystroke.
 */
import type { SearchSynonym } from '../../schemas/search-synonym.ts';

/**
 * Question words and particles, longest first so 怎么办 goes before 怎么. Only words that carry
 * no meaning in a procedure: 多少钱 stays a question about a fee through the synonyms.
 */
const FILLERS = [
	'怎么回事',
	'怎么处理',
	'怎么办理',
	'怎么弄',
	'怎么办',
	'怎么样',
	'怎么',
	'怎样',
	'如何',
	'请问',
	'能不能',
	'可不可以',
	'可以吗',
	'是不是',
	'有没有',
	'要不要',
	'在哪里',
	'在哪儿',
	'在哪',
	'哪里',
	'哪儿',
	'哪',
	'什么时候',
	'什么',
	'多长时间',
	'多久',
	'需要',
	'应该',
	'我家',
	'我们',
	'你们',
	'一下',
	'了吗',
	'吗',
	'呢',
	'吧',
	'啊',
	'呀',
	'了',
	'的',
	'我',
	'你',
];

/** Traditional characters that appear in the procedures' everyday words, folded to Simplified. */
const TRADITIONAL =
	'鑰鎖門報修裝電費郵遞寄檔案借還補辦證號樓層單據發佈條規處理訪問滿意調查值務區設備維護業戶漏滲燈開關車庫噸熱氣發聲噪臺專項價錢錄簽閱讀確認';
const SIMPLIFIED =
	'钥锁门报修装电费邮递寄档案借还补办证号楼层单据发布条规处理访问满意调查值务区设备维护业户漏渗灯开关车库吨热气发声噪台专项价钱录签阅读确认';
const FOLD = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!]));

export const foldTraditional = (text: string): string => [...text].map((c) => FOLD.get(c) ?? c).join('');

/** The words left when question words, particles and punctuation are taken out. */
export function meaningfulWords(raw: string): string[] {
	let text = foldTraditional(raw.normalize('NFKC').toLowerCase());
	for (const filler of FILLERS) text = text.split(filler).join(' ');
	return text
		.split(/[\s\p{P}\p{S}]+/u)
		.map((w) => w.trim())
		.filter(Boolean);
}

/**
 * Single characters that, once a phrase is cut into words, carry no meaning a procedure could
 * answer: 业主塞给我一张购物卡 keeps 业主 塞 购物 卡, not 给 or 我. Characters such as 上 下 丢 借
 * stay: 楼上 and 丢 are what the question is about.
 */
const STOP_CHARACTERS = new Set([
	...'的了吗呢吧啊呀是在有和与及就还都也又被把给让要能会可这那个一我你他她它们啥谁几么着过得地去来很太没不',
]);

/** The browser's own word segmenter (ICU, the one Pagefind's query side uses): no dictionary to ship. */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** `text` cut into words, the meaningless single characters dropped. */
export function segmentWords(text: string): string[] {
	return [...segmenter.segment(text)]
		.filter((s) => s.isWordLike && !STOP_CHARACTERS.has(s.segment))
		.map((s) => s.segment);
}

/** One thing the reader asked about: what they typed, and the words to look for it under. */
export interface QueryTerm {
	said: string;
	/** The handbook's words for it (from the synonyms), or what was typed; any of them matches. */
	search: string[];
	/** A synonym named it: the reader said something the handbook has a word for, which weighs more. */
	known: boolean;
}

export interface QueryPlan {
	/** Queries that ask for every term at once (Pagefind ANDs words): the handbook's words, then as typed. */
	attempts: string[];
	/** The terms, each searched on its own when no page has them all. */
	terms: QueryTerm[];
	/** The words kept, after fillers went. */
	words: string[];
}

/** Splits `word` around the everyday words it contains, each replaced by the handbook's words, in order. */
function mapWord(word: string, synonyms: readonly SearchSynonym[]): QueryTerm[] {
	if (!word) return [];
	for (const synonym of synonyms) {
		const said = synonym.words.find((w) => word.includes(w));
		if (said) {
			const at = word.indexOf(said);
			return [
				...mapWord(word.slice(0, at), synonyms),
				{ said, search: synonym.means, known: true },
				...mapWord(word.slice(at + said.length), synonyms),
			];
		}
	}
	return segmentWords(word).map((w) => ({ said: w, search: [w], known: false }));
}

/**
 * The plan for `raw`: its terms (synonyms swapped in, the rest cut into words), the query with
 * every term in the handbook's words, and the words as typed.
 */
export function planQuery(raw: string, synonyms: readonly SearchSynonym[]): QueryPlan {
	const words = meaningfulWords(raw);
	const all = words.flatMap((word) => mapWord(word, synonyms));
	// The same word said twice (or two everyday words for one thing) is one term.
	const terms = [...new Map(all.map((t) => [t.search.join(' '), t])).values()];
	const attempts = [...new Set([terms.map((t) => t.search[0]).join(' '), words.join(' ')])].filter(Boolean);
	return { attempts, terms, words };
}
