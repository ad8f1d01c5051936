/**
 * Words a search box can do without, per language. Pagefind returns only pages containing every
 * word, so "how do I flush my dns" finds nothing unless "how", "do", "I" and "my" are dropped.
 * Negations ("not", "no", "won't", "can't"; "tak", "tidak", "tiada"; "не", "нет", "без") are kept on
 * purpose: "no sound" is a different problem. Written by hand, not taken from a generic list: those
 * (stopwords-iso, for one) drop content words a help desk needs, such as Malay "air" (water) and
 * "masalah", and the negations. A language without a list drops nothing.
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
  ru: new Set([
    'а', 'бы', 'был', 'была', 'были', 'было', 'в', 'вам', 'вас', 'ваш', 'ваша', 'во', 'вот', 'вы', 'где', 'да', 'для', 'до',
    'его', 'ее', 'ей', 'ему', 'если', 'есть', 'еще', 'же', 'за', 'зачем', 'и', 'из', 'или', 'их', 'к', 'как', 'какая',
    'какие', 'какой', 'когда', 'ко', 'ли', 'меня', 'мне', 'мой', 'моя', 'мое', 'мои', 'можно', 'мы', 'на', 'надо', 'нас',
    'наш', 'нужно', 'о', 'об', 'он', 'она', 'они', 'оно', 'от', 'очень', 'по', 'пожалуйста', 'почему', 'при', 'с', 'свой',
    'со', 'так', 'там', 'то', 'тот', 'тут', 'ты', 'у', 'уже', 'хочу', 'что', 'чтобы', 'это', 'эта', 'эти', 'этот', 'я',
  ]),
};

const NONE: ReadonlySet<string> = new Set();

/** The stop words of a language (compared with normalized words: lowercase, no apostrophes). */
export function stopWordsFor(locale: string): ReadonlySet<string> {
  return STOP_WORDS[locale] ?? NONE;
}
