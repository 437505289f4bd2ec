import { useEffect, useState } from 'react';
import { hiddenSites, onHiddenSitesChanged, showAgainOn, type HiddenSite } from '../../../utils/chip/hidden-sites';
import { formatDate } from '../../common/dates';

/** The sites where the user hid the in-page chip, each a click from having it back. */
export function HiddenSites({ timeZone }: { timeZone: string }) {
  const [sites, setSites] = useState<HiddenSite[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void hiddenSites().then((next) => live && setSites(next));
    load();
    // A site hidden from a job page in another tab shows up here at once.
    const stop = onHiddenSitesChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (!sites) return <p className="muted" aria-busy="true">Looking up where the chip is hidden…</p>;
  if (sites.length === 0) return <p className="muted">The "Save to Ajar" chip shows on every job board Ajar knows. "Not on this site" in the chip hides it on one.</p>;
  return (
    <>
      <p className="muted">You hid the "Save to Ajar" chip on these sites. Bring it back whenever you like.</p>
      <ul className="plain-list" aria-label="Sites where the chip is hidden">
        {sites.map((site) => (
          <li key={site.host} className="row">
            <strong>{site.host}</strong>
            {site.hiddenAt ? <span className="muted">hidden {formatDate(site.hiddenAt, timeZone)}</span> : null}
            <button type="button" onClick={() => void showAgainOn(site.host)} aria-label={`Show again on ${site.host}`}>
              Show again
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
