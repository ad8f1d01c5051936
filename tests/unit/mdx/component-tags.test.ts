import { describe, expect, it } from 'vitest';
import { componentTags, unknownComponentProblems } from '#src/lib/mdx/component-tags.ts';
import { formatProblem } from '#src/lib/problems/problem.ts';
import { MDX_COMPONENT_NAMES } from '#src/schemas/mdx-props.ts';

const FILE = 'src/content/articles/os/windows-update.mdx';

describe('components an article uses', () => {
  it('are found with their lines, and code is left alone', () => {
    const source = [
      '---',
      'title: Update Windows',
      '---',
      '',
      '<Callout type="tip">',
      'Press `<Enter>` when it asks.',
      '</Callout>',
      '',
      '```html',
      '<Router admin="true">',
      '```',
      '',
      'Then <Kbd keys="Ctrl+R" /> again.',
    ].join('\n');
    expect(componentTags(source)).toEqual([{ name: 'Callout', line: 5 }, { name: 'Kbd', line: 13 }]);
  });

  it('a component the site does not have is named with its line and the one meant', () => {
    const source = '---\ntitle: Update Windows\n---\n\n<Callot type="warning">\nSave your work first.\n</Callot>\n';
    expect(unknownComponentProblems(FILE, source, MDX_COMPONENT_NAMES).map(formatProblem)).toEqual([
      `${FILE}:5 <Callot>: is not one of the components an article can use. Hint: did you mean <Callout>? The components: <AppliesTo>, <Callout>, <CommandBlock>, <Figure>, <Kbd>, <Platform>, <PlatformTabs>, <Steps> (see the writer's guide: npm run dev, then /writers/components/).`,
    ]);
  });

  it('the site\'s own components pass', () => {
    const source = '<PlatformTabs>\n<Platform name="windows">\n<Steps>\n\n1. Open Settings.\n\n</Steps>\n</Platform>\n</PlatformTabs>\n';
    expect(unknownComponentProblems(FILE, source, MDX_COMPONENT_NAMES)).toEqual([]);
  });
});
