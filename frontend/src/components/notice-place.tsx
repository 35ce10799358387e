import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { placeChanged } from '../lib/notices';

/** Counts every move to another page or record, so the banners of the last one's actions go (see lib/notices). */
export function NoticePlace() {
  const { pathname } = useLocation();
  useEffect(() => {
    placeChanged();
  }, [pathname]);
  return null;
}
