import type { Page } from "playwright-core";

/** Waits until the explorer has drawn what was last asked for. */
export async function ready(page: Page): Promise<void> {
  await page.locator('#status[data-state="ready"]').waitFor({ timeout: 60_000 });
}

/** The page's cytoscape.js drawing (which it exposes for this), as seen from inside the page. */
export interface Drawing {
  nodes(): {
    map<T>(callback: (node: DrawnNode) => T): T[];
  };
  getElementById(id: string): {
    isEdge(): boolean;
    renderedMidpoint(): { x: number; y: number };
    renderedPosition(): { x: number; y: number };
  };
  container(): { getBoundingClientRect(): { left: number; top: number } };
}

export interface DrawnNode {
  id(): string;
  boundingBox(options: { includeLabels: boolean; includeOverlays: boolean }): {
    x1: number;
    x2: number;
    y1: number;
    y2: number;
  };
}

/** The ids drawn in the graph. */
export function drawnNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (globalThis as unknown as { explorerGraph: Drawing }).explorerGraph.nodes().map((node) => node.id()),
  );
}
