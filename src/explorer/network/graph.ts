import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { FactSummary, Participant } from "./api";
import { countryCode, countryColour, kindColour, PARTICIPANT_STYLE } from "./colours";
import { displayName, term } from "./i18n";

cytoscape.use(fcose);

/** One line of the drawing: the facts of one kind between two participants. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  facts: FactSummary[];
}

export interface GraphCallbacks {
  onNode(id: string): void;
  onEdge(id: string): void;
  onExpand(id: string): void;
  onBackground(): void;
}

/** The cytoscape.js drawing: nodes filled by country and shaped by kind, edges coloured by fact kind. */
export class NetworkGraph {
  readonly cy: Core;

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            "background-color": "data(colour)",
            shape: "data(shape)" as never,
            "border-width": 2,
            "border-color": "#444444",
            width: 28,
            height: 28,
            "font-size": 11,
            "text-valign": "bottom",
            "text-margin-y": 4,
            "text-wrap": "wrap",
            "text-max-width": "120px",
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.8,
            "text-background-padding": "1px",
          },
        },
        { selector: "node[?root]", style: { width: 44, height: 44, "font-size": 13, "font-weight": "bold" } },
        { selector: "node[?expanded]", style: { "border-width": 4 } },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "data(colour)",
            "curve-style": "bezier",
            "font-size": 10,
            color: "#222222",
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.9,
            "text-background-padding": "2px",
          },
        },
        // Edge labels only on demand: the legend names the colours, and labels would hide the nodes.
        { selector: "edge:selected, edge.hover", style: { label: "data(label)", "z-index": 10 } },
        {
          selector: ":selected",
          style: { "overlay-color": "#ffd400", "overlay-opacity": 0.35, "overlay-padding": 6 },
        },
      ],
    });
    this.cy.on("tap", "node", (event) => callbacks.onNode(event.target.id()));
    this.cy.on("dbltap", "node", (event) => callbacks.onExpand(event.target.id()));
    this.cy.on("tap", "edge", (event) => callbacks.onEdge(event.target.id()));
    this.cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
    this.cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
    this.cy.on("tap", (event) => {
      if (event.target === this.cy) {
        callbacks.onBackground();
      }
    });
  }

  /** Redraws the whole network (after a new selection or filter). */
  draw(nodes: Participant[], edges: GraphEdge[], root: string, expanded: Set<string>): void {
    const elements: ElementDefinition[] = [
      ...nodes.map((node) => ({
        group: "nodes" as const,
        data: {
          id: node.id,
          label: displayName(node),
          colour: countryColour(countryCode(node)),
          shape: PARTICIPANT_STYLE[node.__typename]?.shape ?? "ellipse",
          root: node.id === root,
          expanded: expanded.has(node.id),
        },
      })),
      ...edges.map((edge) => ({
        group: "edges" as const,
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edge.facts.length > 1 ? `${term(edge.kind)} ×${edge.facts.length}` : term(edge.kind),
          colour: kindColour(edge.kind),
          width: Math.min(2 + edge.facts.length, 8),
        },
      })),
    ];
    this.cy.elements().remove();
    this.cy.add(elements);
    // The selection in the middle and its partners on a ring around it; then fcose, started from
    // that ring (randomize: false, so the same view is always drawn alike), spreads the nodes with
    // their labels counted as part of them, so that labels do not overlap on a large neighbourhood.
    this.cy
      .layout({
        name: "breadthfirst",
        circle: true,
        roots: [root],
        animate: false,
        spacingFactor: 1.1,
        padding: 30,
      } as cytoscape.LayoutOptions)
      .run();
    this.cy
      .layout({
        name: "fcose",
        quality: "proof",
        randomize: false,
        animate: false,
        padding: 30,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 60,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
        // Parallel edges (one per fact kind) must not pull two nodes onto each other.
        edgeElasticity: () => 0.3,
        numIter: 2500,
      } as cytoscape.LayoutOptions)
      .run();
    // A small network would otherwise be blown up to fill the pane.
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }
}
