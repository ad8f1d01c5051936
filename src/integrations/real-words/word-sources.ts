import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeTrie } from 'cspell-trie-lib';
import { HunspellReader } from 'hunspell-reader';

/** A language's spelling dictionary: which package, its version (the cache key) and its words. */
export interface WordSource {
  packageName: string;
  /** Said in the build log and docs/search.md, e.g. what stands in for a missing list. */
  note?: string;
  version(require: NodeJS.Require): Promise<string>;
  words(require: NodeJS.Require): Promise<Iterable<string>>;
}

async function packageVersion(require: NodeJS.Require, entry: string): Promise<string> {
  // Walk up from the package's entry file to its package.json (these packages do not export it).
  let directory = path.dirname(require.resolve(entry));
  for (;;) {
    try {
      const json = JSON.parse(await readFile(path.join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.version && json.name && entry.startsWith(json.name)) return json.version;
    } catch {
      // Not here; look one folder up.
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`Cannot find the version of ${entry}.`);
    directory = parent;
  }
}

/** A Hunspell dictionary from the `dictionary-*` packages, every word form its affix rules make. */
function hunspell(packageName: string): WordSource {
  return {
    packageName,
    version: (require) => packageVersion(require, packageName),
    async words(require) {
      const directory = path.dirname(require.resolve(packageName));
      const reader = await HunspellReader.createFromFiles(path.join(directory, 'index.aff'), path.join(directory, 'index.dic'));
      return reader.seqWords();
    },
  };
}

/** A CSpell dictionary, stored as a compressed trie. */
function cspellTrie(packageName: string, file: string, note: string): WordSource {
  return {
    packageName,
    note,
    version: (require) => packageVersion(require, `${packageName}/cspell-ext.json`),
    async words(require) {
      const directory = path.dirname(require.resolve(`${packageName}/cspell-ext.json`));
      return decodeTrie(await readFile(path.join(directory, file), 'utf8')).words();
    },
  };
}

/**
 * The dictionary per language. There is no Malay word list on npm; Indonesian shares most everyday
 * words and all of the grammar, so it stands in. Malay-only words the index lacks ("akaun", "cuba")
 * may then still be taken for typos of a similar index word: add a Malay list here when one exists.
 */
export const WORD_SOURCES: Readonly<Record<string, WordSource>> = {
  en: hunspell('dictionary-en'),
  ru: hunspell('dictionary-ru'),
  ms: cspellTrie('@cspell/dict-id-id', 'dict/id-id.trie', 'Indonesian words stand in for Malay'),
};
