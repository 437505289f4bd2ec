import type { Page } from 'playwright-core';

interface ProfileNode { id: number; callFrame: { url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/**
 * CPU time Ajar's job-board content script spends while `during` runs on the page, from a 50 µs sampling
 * profile: every sample with the script anywhere in its stack (its observer callbacks and checks included).
 */
export async function contentScriptCpuMs(page: Page, extensionId: string, during: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  const script = `${extensionId}/content-scripts/job-board.js`;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inScript = (id: number | undefined): boolean => id !== undefined && (!!byId.get(id)?.callFrame.url.includes(script) || inScript(parent.get(id)));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (inScript(id)) micros += profile.timeDeltas[i + 1] ?? 50;
  });
  return micros / 1000;
}
