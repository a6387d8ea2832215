// The change feed (issue 12): every event, followed with `from=` at the user's interval, mounted once by
// the layout. While it answers, the lists events name stop polling on their own (refresh.ts `signalled`);
// when it fails (an engine or user that cannot read events) they poll at the interval as before. When a
// tab is shown again it asks at once, and, if the tab had paused, refreshes what is on screen once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { feedInterval, keys, refreshPolicy, useRefreshInterval } from '../../query';
import { CHANGES, eventsFeedQuery } from './eventsFeed';

export function useChangeFeed(): void {
  const client = useQueryClient();
  // Re-rendered when the interval choice, visibility or a burst changes it; a usage refresh takes a turn.
  const interval = useRefreshInterval('changes');
  const feed = useQuery({ ...eventsFeedQuery(CHANGES), refetchInterval: interval === false ? false : () => feedInterval(client), refetchIntervalInBackground: true });
  const following = feed.status === 'success';
  useEffect(() => refreshPolicy.setFollowing(following), [following]);
  useEffect(() => () => refreshPolicy.setFollowing(false), []);
  useEffect(() => refreshPolicy.onResume((paused) => {
    if (paused) void client.refetchQueries({ type: 'active', stale: true });
    else void client.refetchQueries({ queryKey: keys.feed('events', CHANGES), type: 'active' });
  }), [client]);
}
