/**
 * The cluster layer in jsdom, with the real cluster engine behind a stand-in Worker (jsdom has no
 * workers): 100,000 synthetic sites never become more than ~1,000 elements, clusters zoom in on
 * click and Enter, single sites select, stale answers are dropped and worker errors are shown.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import type { Map as LeafletMap } from 'leaflet';
import { ClusterLayer } from '../../src/features/map/index.ts';
import { SiteMap } from '../../src/features/map/site-map.tsx';
import { createClusterEngine } from '../../src/features/map/clusters/cluster-engine.ts';
import {
  CLUSTER_THRESHOLD,
  type FromWorker,
  type ToWorker,
} from '../../src/features/map/clusters/cluster-protocol.ts';
import type { SitePoints } from '../../src/domain/site-points.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { StoreProvider } from '../../src/store/use-dashboard.ts';
import { synthMatching, synthSitePoints } from '../../tools/lib/synth-site-points.ts';
import { bundledDataset } from '../fixtures/bundled.ts';
import { synthDataset } from '../fixtures/synth-dataset.ts';
import { Coordinator, SITES_CLIENT } from '../../src/domain/coordinator/index.ts';
import { inputsFor } from '../support/models.ts';

/** Runs the real engine in-process, answering in a later task as the worker does. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  /** When set, answers are held here instead of being delivered. */
  static hold: { worker: FakeWorker; message: FromWorker }[] | null = null;
  static failWith: string | null = null;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly received: ToWorker[] = [];
  private readonly engine = createClusterEngine();
  private scheduled = false;

  constructor() {
    FakeWorker.instances.push(this);
  }
  postMessage(message: ToWorker, transfer: Transferable[] = []) {
    // As a real worker would: a structured clone that detaches what is transferred.
    const copy = structuredClone(message, { transfer });
    this.received.push(copy);
    this.engine.receive(copy);
    if (this.engine.pending && !this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.flush(), 0);
    }
  }
  deliver(message: FromWorker) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  private flush() {
    this.scheduled = false;
    for (const { message } of this.engine.flush().messages) {
      if (FakeWorker.failWith)
        this.deliver({ type: 'error', requestId: null, message: FakeWorker.failWith });
      else if (FakeWorker.hold) FakeWorker.hold.push({ worker: this, message });
      else this.deliver(message);
    }
  }
  terminate() {
    this.terminated = true;
  }
}

const SIZE = { width: 1200, height: 800 };
beforeAll(() => {
  // jsdom does no layout: give Leaflet's container a size so views have real bounds.
  for (const [prop, value] of [
    ['clientWidth', SIZE.width],
    ['clientHeight', SIZE.height],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('leaflet-container') ? value : 0;
      },
    });
});
beforeEach(() => {
  FakeWorker.instances = [];
  FakeWorker.hold = null;
  FakeWorker.failWith = null;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const points = synthSitePoints(100_000, 11);
const matching = synthMatching(points, 12);

let map: LeafletMap | null = null;
function Grab() {
  const m = useMap();
  useEffect(() => {
    map = m;
  }, [m]);
  return null;
}

const store = createDashboardStore(bundledDataset());
const withStore = (ui: React.ReactNode) => <StoreProvider store={store}>{ui}</StoreProvider>;

function renderLayer(pts: SitePoints = points, m: Uint32Array = matching) {
  const onSelect = vi.fn();
  const view = render(
    withStore(
      <MapContainer
        className="site-map"
        center={[27, 107]}
        zoom={3.5}
        minZoom={2}
        maxZoom={9}
        zoomSnap={0.25}
        style={SIZE}
      >
        <ClusterLayer points={pts} matching={m} onSelect={onSelect} />
        <Grab />
      </MapContainer>,
    ),
  );
  return { ...view, onSelect };
}

const elements = (c: HTMLElement) =>
  c.querySelectorAll('.site-map .site-marker, .site-map .site-cluster');
const clusters = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('.site-cluster')];
const dots = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('.site-marker')];

/** Moves the map and waits for the layer's next answer to be drawn. */
async function moveTo(lat: number, lon: number, zoom: number) {
  act(() => {
    map!.setView([lat, lon], zoom, { animate: false });
  });
  await waitFor(() => {
    const asked = FakeWorker.instances[0]!.received.filter((m) => m.type === 'query');
    expect(asked.at(-1)).toMatchObject({ zoom });
  });
  await act(() => new Promise((r) => setTimeout(r, 10)));
}

describe('<ClusterLayer/> with 100,000 sites', () => {
  it('holds at most ~1,000 elements at every zoom, and sends copies of the columns', async () => {
    const { container } = renderLayer();
    await waitFor(() => expect(clusters(container).length).toBeGreaterThan(0));
    expect(elements(container).length).toBeLessThanOrEqual(1000);
    // The layer posted copies: the caller's columns are still whole.
    expect(points.lat.length).toBe(100_000);
    expect(matching.length).toBe(100_000);
    const worker = FakeWorker.instances[0]!;
    expect(worker.received.map((m) => m.type).slice(0, 3)).toEqual(['points', 'matching', 'query']);

    const counts: number[] = [];
    for (const [lat, lon, zoom] of [
      [22, 78, 5],
      [22, 78, 7],
      [22, 78, 9],
      [35.5, 138, 8],
    ] as const) {
      await moveTo(lat, lon, zoom);
      counts.push(elements(container).length);
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(1000);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('zooms a cluster in on click and on Enter, keeping the keyboard on the map', async () => {
    const { container } = renderLayer();
    await waitFor(() => expect(clusters(container).length).toBeGreaterThan(0));
    const first = clusters(container)[0]!;
    expect(first.getAttribute('role')).toBe('button');
    expect(first.tabIndex).toBe(0);
    expect(first.getAttribute('aria-label')).toMatch(/^[\d,]+ sites grouped, [\d,]+ matching/);
    expect(first.textContent).toMatch(/^[\d.]+K?$/);
    const before = map!.getZoom();
    act(() => {
      first.click();
    });
    expect(map!.getZoom()).toBeGreaterThan(before);

    await waitFor(() => expect(clusters(container).length).toBeGreaterThan(0));
    const zoomed = map!.getZoom();
    const next = clusters(container)[0]!;
    next.focus();
    act(() => {
      fireEvent.keyDown(next, { key: 'Enter' });
    });
    expect(map!.getZoom()).toBeGreaterThan(zoomed);
    expect(document.activeElement).toBe(map!.getContainer());
  });

  it('selects a single site by click or keyboard, with its name as the accessible label', async () => {
    const { container, onSelect } = renderLayer();
    await moveTo(points.lat[0]!, points.lon[0]!, 9);
    await waitFor(() => expect(dots(container).length).toBeGreaterThan(0));
    const dot = dots(container)[0]!;
    const label = dot.getAttribute('aria-label') ?? '';
    const name = label.split(':')[0]!;
    const k = points.names.indexOf(name);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(label).toMatch(/: [\d,]+ matching records?$/);
    expect(dot.title).toBe(name);
    act(() => {
      fireEvent.click(dot, { shiftKey: true });
    });
    expect(onSelect).toHaveBeenLastCalledWith(points.ids[k], true);
    act(() => {
      fireEvent.keyDown(dot, { key: 'Enter' });
    });
    expect(onSelect).toHaveBeenLastCalledWith(points.ids[k], false);
  });

  it('lists the sites of a cluster that cannot split at the deepest zoom', async () => {
    // Five sites at one place (a city known only by its centre), beside 1,200 others far away.
    const base = synthSitePoints(1205, 3);
    const lat = base.lat.slice();
    const lon = base.lon.slice();
    lat.fill(30, 0, 5);
    lon.fill(75, 0, 5);
    const pts: SitePoints = { ...base, lat, lon };
    const { container, onSelect } = renderLayer(pts, new Uint32Array(1205).fill(1));
    await moveTo(30, 75, 9);
    const stack = await waitFor(() => {
      const c = clusters(container).find((el) => el.textContent === '5');
      expect(c).toBeDefined();
      return c!;
    });
    act(() => {
      fireEvent.keyDown(stack, { key: 'Enter' });
    });
    const list = await screen.findAllByRole('button', { name: /^Site [0-4]$/ });
    expect(list).toHaveLength(5);
    expect(map!.getZoom()).toBe(9);
    await waitFor(() => expect(document.activeElement).toBe(list[0]));
    act(() => {
      list[2]!.click();
    });
    expect(onSelect).toHaveBeenCalledWith(
      pts.ids[Number(/\d/.exec(list[2]!.textContent!)![0])],
      false,
    );
  });

  it('draws only the answer to the latest request', async () => {
    FakeWorker.hold = [];
    const { container } = renderLayer();
    await waitFor(() => expect(FakeWorker.hold!.length).toBe(1));
    act(() => {
      map!.setView([22, 78], 7, { animate: false });
    });
    await waitFor(() => expect(FakeWorker.hold!.length).toBe(2));
    const [stale, fresh] = FakeWorker.hold!;
    // The newer answer arrives first, then the older one: the older is ignored.
    act(() => {
      fresh!.worker.deliver(fresh!.message);
      stale!.worker.deliver(stale!.message);
    });
    const freshCount = fresh!.message.type === 'clusters' ? fresh!.message.clusters.length : -1;
    expect(elements(container).length).toBe(freshCount);
  });

  it('says so when the worker fails', async () => {
    FakeWorker.failWith = 'index build ran out of memory';
    renderLayer();
    const alert = await screen.findByTestId('cluster-notice');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'The map could not group its sites: index build ran out of memory',
    );
  });

  it('ends its worker with the map', async () => {
    const { unmount } = renderLayer();
    await waitFor(() => expect(FakeWorker.instances.length).toBeGreaterThan(0));
    unmount();
    expect(FakeWorker.instances.every((w) => w.terminated)).toBe(true);
  });
});

describe('<SiteMap/> cluster threshold', () => {
  const base = {
    presenting: false,
    target: null,
    tiles: null,
    typeLabel: () => '',
    onSelect: () => {},
    onTileError: () => {},
    label: 'map',
  };
  /** The sites model of a synthesized dataset with `n` sites, as the map panel gets it. */
  const sized = (n: number) => {
    const d = synthDataset(5, { sites: n, projects: 2 * n, events: 10 });
    return new Coordinator().get(SITES_CLIENT, inputsFor(d));
  };

  it('clusters above CLUSTER_THRESHOLD sites', async () => {
    const sites = sized(CLUSTER_THRESHOLD + 1);
    expect(sites.cluster).not.toBeNull();
    const { container } = render(withStore(<SiteMap {...base} sites={sites} />));
    // The cluster layer's answer: clusters and single sites, from the one worker.
    await waitFor(() =>
      expect(clusters(container).length + dots(container).length).toBeGreaterThan(0),
    );
    expect(FakeWorker.instances).toHaveLength(1);
    expect(container.querySelectorAll('path.site-marker')).toHaveLength(0);
  });

  it('starts no worker at or below it, and draws a marker per site', async () => {
    const sites = sized(CLUSTER_THRESHOLD);
    const { container } = render(withStore(<SiteMap {...base} sites={sites} />));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(FakeWorker.instances).toHaveLength(0);
    expect(container.querySelectorAll('.site-marker')).toHaveLength(CLUSTER_THRESHOLD);
  });
});
