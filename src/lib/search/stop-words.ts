import { rus } from 'stopword/src/stopwords_rus.js';
import { normalizeWord } from './words.ts';

/** Kept although Snowball's list has them: "не работает" is the problem, not noise. */
const RUSSIAN_NEGATIONS = new Set(['не', 'нет', 'ни', 'без', 'нельзя']);

/**
 * Words a search box can do without, per language. Pagefind returns only pages containing every
 * word, so "how do I flush my dns" finds nothing unless "how", "do", "I" and "my" are dropped.
 * Negations ("not", "no", "won't", "can't"; "tak", "tidak", "tiada"; "не", "нет", "без") are kept on
 * purpose: "no sound" is a different problem. Russian comes from Snowball's list. The Malay lists on
 * npm (stopwords-iso, and the same list in `stopword`) were drawn from news text and drop words a
 * help desk needs, such as "air" (water), "masalah", "sistem" and the negations "tidak" and "tiada",
 * so the Malay list is written here. A language without a list drops nothing.
 */
const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    'a', 'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'anymore', 'are', 'as', 'at', 'be', 'been',
    'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'for', 'from', 'had', 'has', 'have', 'having',
    'he', 'her', 'him', 'his', 'how', 'i', 'id', 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'ive', 'just',
    'me', 'mine', 'my', 'myself', 'of', 'on', 'or', 'our', 'ours', 'please', 'same', 'she', 'should', 'so',
    'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to',
    'too', 'us', 'very', 'was', 'we', 'were', 'what', 'whats', 'when', 'where', 'which', 'while', 'who', 'why',
    'will', 'with', 'would', 'you', 'your', 'yours',
  ]),
  ms: new Set([
    'ada', 'adakah', 'adalah', 'akan', 'aku', 'anda', 'apa', 'atau', 'awak', 'bagaimana', 'bila', 'boleh', 'cara', 'dah',
    'dalam', 'dan', 'dari', 'daripada', 'dekat', 'dengan', 'di', 'dia', 'hendak', 'ia', 'ialah', 'ingin', 'ini', 'itu', 'je',
    'juga', 'kami', 'kamu', 'kat', 'ke', 'kenapa', 'kepada', 'kita', 'lah', 'macam', 'macammana', 'mahu', 'mana', 'mengapa',
    'mereka', 'nak', 'ni', 'oleh', 'pada', 'pun', 'saja', 'sahaja', 'saya', 'sila', 'sudah', 'telah', 'tentang', 'tolong',
    'tu', 'untuk', 'ya', 'yang',
  ]),
  // Snowball's Russian list, as the `stopword` package keeps it, less its negations, plus the
  // words readers put around a question ("почему", "пожалуйста", "хочу").
  ru: new Set([...rus.filter((word) => !RUSSIAN_NEGATIONS.has(word)), 'почему', 'пожалуйста', 'хочу', 'нужно', 'какие', 'мои', 'мое', 'ваш', 'ваша'].map(normalizeWord)),
};

const NONE: ReadonlySet<string> = new Set();

/** The stop words of a language (compared with normalized words: lowercase, no apostrophes). */
export function stopWordsFor(locale: string): ReadonlySet<string> {
  return STOP_WORDS[locale] ?? NONE;
}
