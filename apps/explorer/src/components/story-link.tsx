import Link from 'next/link';
import type { StoryLinkFragment } from '@newsgraph/client';
import { storyHref } from '../lib/routes';

/**
 * A link from an event (one source's figure) to its story (every source's figure side by side), saying how many
 * sources report it and whether they disagree.
 */
export function StoryLink({ story }: { story: StoryLinkFragment | null | undefined }) {
  if (!story) return null;
  const sources = `${story.sourceCount} source${story.sourceCount === 1 ? '' : 's'}`;
  return (
    <Link prefetch={false} href={storyHref(story.id)} data-testid="story-link">
      {story.disagreement ? `Story: ${sources} disagree — compare` : `Story: ${sources} side by side`}
    </Link>
  );
}
